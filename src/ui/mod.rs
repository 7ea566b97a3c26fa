//! The Leptos app: the shell with its router, the pages, and small components.
//! Pages read state from one context ([`Ui`](crate::ui::state::Ui)) and text from [`crate::i18n`].

mod app;
pub mod browser;
pub mod components;
pub mod data;
pub mod links;
pub mod pages;
pub mod routes;
pub mod state;

pub use app::App;

/// Mount the app into `<body>`: the one thing `main` does.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}
