//! Small reusable pieces of the shell.

mod notices;
mod switches;
mod update;

pub use notices::Notices;
pub use switches::{LangSwitch, ThemeSwitch};
