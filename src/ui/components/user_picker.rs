//! Choosing a user from the user list, as "Name (email)".

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::i18n::words::user_text;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// A list of users to choose from, leaving out those in `taken`.
#[component]
pub fn UserPicker(
    /// The select's id.
    #[prop(into)]
    id: String,
    /// Its label.
    label: Msg,
    /// The chosen user (`None`: nobody).
    chosen: RwSignal<Option<u64>>,
    /// Users who cannot be chosen (they hold a seat already, or the credit);
    /// the list follows the data as it changes.
    #[prop(into)]
    taken: Signal<Vec<u64>>,
    /// The text of the "nobody" option.
    none: Msg,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let options = move || {
        let taken = taken.get();
        data.data.with(|d| {
            d.users
                .iter()
                .filter(|u| !taken.contains(&u.id))
                .map(|u| (u.id, user_text(u)))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <label for=id.clone()>{ui.t(label)}</label>
        <select id=id on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
            <option value="" prop:selected=move || chosen.get().is_none()>{ui.t(none)}</option>
            {move || options().into_iter().map(|(uid, text)| view! {
                <option value=uid.to_string() prop:selected=move || chosen.get() == Some(uid)>{text}</option>
            }).collect_view()}
        </select>
    }
}
