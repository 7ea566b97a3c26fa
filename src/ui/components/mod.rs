//! Small reusable components of the shell and the pages. (What the app asks of
//! the browser beyond the DOM is in `ui::browser`.)

pub mod form;
mod later;
mod notices;
mod page_frame;
mod pager;
mod problems;
mod recovery;
mod rule_link;
mod switches;
mod unlock;
mod user_picker;
mod why;
mod working;

pub use later::later;
pub use notices::Notices;
pub use page_frame::PageFrame;
pub use pager::{Pager, page_slice};
pub use problems::ProblemList;
pub use recovery::RecoveryPanel;
pub use rule_link::{ReadingTag, RuleLink};
pub use switches::{LangSwitch, ThemeSwitch};
pub use unlock::UnlockForm;
pub use user_picker::UserPicker;
pub use why::{WhyBox, WhyOf};
pub use working::Working;
