//! What the app asks of the browser beyond the DOM: files (download, read a
//! chosen file), the tools worker, and the service worker's updates. No
//! components here: those are in `ui::components`.

pub mod catalog;
pub mod clipboard;
pub mod crypto;
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod folder;
#[cfg(not(target_arch = "wasm32"))]
#[path = "folder_native.rs"]
pub mod folder;
pub mod keeping;
pub mod near_view;
pub mod service_worker;
pub mod tasks;
pub mod worker;
