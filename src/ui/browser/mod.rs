//! What the app asks of the browser beyond the DOM: files (download, read a
//! chosen file), the tools worker, and the service worker's updates. No
//! components here: those are in `ui::components`.

pub mod catalog;
pub mod clipboard;
pub mod crypto;
pub mod files;
pub mod keeping;
pub mod near_view;
pub mod service_worker;
pub mod tasks;
pub mod worker;
