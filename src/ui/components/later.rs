//! Start-up in short tasks: a part of the view drawn in a later task of the
//! event loop, so that no one task of start-up runs long enough to keep the
//! page from answering a tap (Lighthouse's total blocking time, docs/perf.md).

use std::cell::Cell;

use leptos::prelude::*;

use crate::ui::browser::tasks::next_task;

/// A part drawn once: the first time `view` runs is a task after this is
/// built. Nothing moves meanwhile: the HTML shell stays on screen until a
/// page's frame is drawn (`main.css`, `#app-shell`).
pub fn later(view: Box<dyn FnOnce() -> AnyView>) -> impl IntoView {
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        next_task().await;
        ready.try_set(true);
    });
    let view = send_wrapper::SendWrapper::new(Cell::new(Some(view)));
    move || ready.get().then(|| Cell::take(&view).map(|v| v()))
}
