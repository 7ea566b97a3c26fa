//! Previous / next through a long list, shown only when there is more than one page.

use leptos::prelude::*;

use crate::i18n::{Msg, fill};
use crate::ui::state::use_ui;

/// The items of page `page` (0-based, kept within the pages there are: a page
/// past the end shows the last) when `per_page` are shown at a time.
///
/// ```
/// use benefits_desk::ui::components::page_slice;
/// let items: Vec<u32> = (0..45).collect();
/// assert_eq!(page_slice(&items, 0, 20), &items[..20]);
/// assert_eq!(page_slice(&items, 2, 20), &items[40..]);
/// assert_eq!(page_slice(&items, usize::MAX, 20), &items[40..]);
/// assert!(page_slice(&[] as &[u32], 3, 20).is_empty());
/// ```
pub fn page_slice<T>(items: &[T], page: usize, per_page: usize) -> &[T] {
    let pages = items.len().div_ceil(per_page).max(1);
    let start = (page.min(pages - 1) * per_page).min(items.len());
    &items[start..(start + per_page).min(items.len())]
}

/// The pages of a list of `count` items, `per_page` at a time.
#[component]
pub fn Pager(
    /// The page shown (0-based); kept within the pages there are.
    page: RwSignal<usize>,
    /// How many items the list has.
    #[prop(into)]
    count: Signal<usize>,
    /// Items per page.
    per_page: usize,
) -> impl IntoView {
    let ui = use_ui();
    let pages = move || count.get().div_ceil(per_page).max(1);
    let shown = move || page.get().min(pages() - 1);
    view! {
        <Show when=move || { pages() > 1 }>
            <nav class="pager" aria-label=move || ui.lang.get().t(Msg::Pages)>
                <button type="button" disabled=move || shown() == 0
                    on:click=move |_| page.set(shown().saturating_sub(1))>{ui.t(Msg::PagePrev)}</button>
                <span>{move || fill(ui.lang.get().t(Msg::PageOf), &[("page", &(shown() + 1).to_string()), ("pages", &pages().to_string())])}</span>
                <button type="button" disabled=move || { shown() + 1 >= pages() }
                    on:click=move |_| page.set(shown() + 1)>{ui.t(Msg::PageNext)}</button>
            </nav>
        </Show>
    }
}
