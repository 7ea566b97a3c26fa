//! The Leptos app: the shell with its router, the pages, and small components.
//! Pages read state from one context ([`Ui`](crate::ui::state::Ui)) and text from [`crate::i18n`].

mod app;
pub mod browser;
pub mod components;
pub mod data;
pub mod links;
pub mod pages;
pub mod router;
pub mod routes;
pub mod state;
pub mod vault;

pub use app::App;

/// Take the HTML app shell (scripts/post-build.mjs) out of the document: done
/// as a page draws its frame, so the shell's heading never doubles the page's.
pub fn remove_shell() {
    if let Some(shell) = leptos::prelude::document().get_element_by_id("app-shell") {
        shell.remove();
        // The app's navigation was hidden until now: scroll it as the shell's was,
        // in the next frame: measuring the link now would lay out the page half
        // built (with a large account, 100 ms more before the first paint).
        leptos::prelude::request_animation_frame(app::show_current_link);
    }
}

/// Mount the app into `<body>`: the one thing `main` does. The language's texts
/// come first (release bundle: its catalog file, already on its way).
pub fn mount() {
    wasm_bindgen_futures::spawn_local(async {
        // Start-up in short tasks (browser::tasks): the module was set up in
        // this task; the preferences, the texts and the app each come in one
        // of their own.
        browser::tasks::next_task().await;
        let lang = state::initial_lang();
        browser::tasks::next_task().await;
        let other = crate::i18n::Lang::ALL.into_iter().find(|l| *l != lang);
        let ready = browser::catalog::ensure(lang).await
            || match other {
                Some(l) => browser::catalog::ensure(l).await,
                None => false,
            };
        if ready {
            browser::tasks::next_task().await;
            leptos::mount::mount_to_body(App);
            // The HTML shell gives way by CSS once the page is drawn; should a
            // page never draw one, it goes anyway after a few seconds.
            leptos::prelude::set_timeout(remove_shell, std::time::Duration::from_secs(4));
        } else {
            browser::catalog::say_unavailable();
        }
    });
}
