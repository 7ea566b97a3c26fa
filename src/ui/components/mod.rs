//! Small reusable pieces of the shell.

pub mod form;
mod notices;
mod problems;
mod recovery;
mod rule_link;
mod switches;

pub use notices::Notices;
pub use problems::ProblemList;
pub use recovery::RecoveryPanel;
pub use rule_link::RuleLink;
pub use switches::{LangSwitch, ThemeSwitch};
