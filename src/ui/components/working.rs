//! "Working…" while the tools worker reads a file, with how much of a long
//! file it has read so far.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::ui::state::use_ui;

/// The status line of a file being read: a progress bar and its percentage
/// once the worker tells how far it is (a short file is done before it does).
#[component]
pub fn Working(
    /// Percent read, once told.
    progress: RwSignal<Option<u32>>,
) -> impl IntoView {
    let ui = use_ui();
    view! {
        <p role="status" class="working">{ui.t(Msg::ToolsWorking)}
            {move || progress.get().map(|p| view! {
                " " <progress max="100" value=p.to_string() aria-label=ui.t(Msg::ToolsWorking)></progress>
                " " {format!("{p} %")}
            })}
        </p>
    }
}
