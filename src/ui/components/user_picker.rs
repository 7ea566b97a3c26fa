//! Choosing a user: an ARIA combobox that searches the user list by name or
//! email as the admin types, shows at most [`SHOWN`] matches and says how many
//! more there are, so a partner with thousands of users (an Entra import) gets
//! a small list, not thousands of `<option>`s on every seat.
//!
//! Keyboard: typing filters; Down and Up move through the matches; Enter picks;
//! Escape closes the list (a second Escape clears the field); Tab away after
//! typing picks the highlighted match, as a native select does.

use leptos::prelude::*;

use crate::i18n::words::user_text;
use crate::i18n::{Msg, fill};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// Matches listed at most; the rest are counted.
pub const SHOWN: usize = 20;

/// Users matching `query` (name or email, any case), leaving out `taken`: how
/// many match, and the first [`SHOWN`] as (id, "Name (email)").
pub fn matching(
    users: &[crate::model::User],
    taken: &[u64],
    query: &str,
) -> (usize, Vec<(u64, String)>) {
    let q = query.trim().to_lowercase();
    let mut total = 0;
    let mut shown = Vec::new();
    for u in users.iter().filter(|u| !taken.contains(&u.id)) {
        let hit = q.is_empty()
            || u.name.to_lowercase().contains(&q)
            || u.email.to_lowercase().contains(&q);
        if hit {
            total += 1;
            if shown.len() < SHOWN {
                shown.push((u.id, user_text(u)));
            }
        }
    }
    (total, shown)
}

/// A searching list of users to choose from, leaving out those in `taken`.
#[component]
pub fn UserPicker(
    /// The input's id.
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
    /// The hint shown while nothing is typed.
    none: Msg,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let start = chosen.get_untracked().and_then(|c| {
        data.data
            .with_untracked(|d| d.users.iter().find(|u| u.id == c).map(user_text))
    });
    let query = RwSignal::new(start.unwrap_or_default());
    let (open, active) = (RwSignal::new(false), RwSignal::new(0usize));
    // Computed only while the list is open: a page of 150 seats holds 150 of these.
    let found = Memo::new(move |_| {
        let taken = taken.get();
        data.data
            .with(|d| matching(&d.users, &taken, &query.read()))
    });
    let pick = move |i: usize| {
        if let Some((uid, text)) = found.with_untracked(|f| f.1.get(i).cloned()) {
            chosen.set(Some(uid));
            query.set(text);
        }
        open.set(false);
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = if open.get_untracked() {
            found.with_untracked(|f| f.1.len())
        } else {
            0
        };
        match ev.key().as_str() {
            "ArrowDown" => {
                ev.prevent_default();
                if open.get_untracked() {
                    active.update(|a| *a = (*a + 1).min(count.saturating_sub(1)));
                } else {
                    open.set(true);
                    active.set(0);
                }
            }
            "ArrowUp" => {
                ev.prevent_default();
                active.update(|a| *a = a.saturating_sub(1));
            }
            "Enter" if open.get_untracked() && count > 0 => {
                ev.prevent_default();
                pick(active.get_untracked());
            }
            "Escape" if open.get_untracked() => open.set(false),
            "Escape" => {
                query.set(String::new());
                chosen.set(None);
            }
            _ => {}
        }
    };
    // Leaving the field after typing takes the highlighted match.
    let on_blur = move |_| {
        let typed =
            chosen.get_untracked().is_none() && !query.with_untracked(|q| q.trim().is_empty());
        if open.get_untracked() && typed {
            pick(active.get_untracked());
        }
        open.set(false);
    };
    let list_id = format!("{id}-list");
    let option_id = {
        let id = id.clone();
        move |uid: u64| format!("{id}-user-{uid}")
    };
    let active_id = {
        let option_id = option_id.clone();
        move || {
            open.get()
                .then(|| found.with(|f| f.1.get(active.get()).map(|(uid, _)| option_id(*uid))))
                .flatten()
        }
    };
    view! {
        <label for=id.clone() id=format!("{id}-label")>{ui.t(label)}</label>
        <span class="combobox">
            <input id=id.clone() type="text" role="combobox" autocomplete="off" spellcheck="false"
                aria-autocomplete="list" aria-expanded=move || open.get().to_string() aria-controls=list_id.clone()
                aria-activedescendant=active_id placeholder=move || ui.lang.get().t(none)
                prop:value=query
                on:input=move |ev| { query.set(event_target_value(&ev)); chosen.set(None); active.set(0); open.set(true); }
                on:focus=move |_| { active.set(0); open.set(true); }
                on:keydown=on_key on:blur=on_blur/>
            <Show when=move || open.get()>
                <Matches list_id=list_id.clone() label_id=format!("{id}-label") found active option_id=option_id.clone() pick/>
            </Show>
        </span>
    }
}

/// The open list of matches, and how many more there are.
#[component]
fn Matches(
    /// The listbox's id.
    list_id: String,
    /// The id of the label that names it.
    label_id: String,
    /// How many match, and the matches shown.
    found: Memo<(usize, Vec<(u64, String)>)>,
    /// The highlighted match.
    active: RwSignal<usize>,
    /// The DOM id of a user's option.
    option_id: impl Fn(u64) -> String + Clone + Send + Sync + 'static,
    /// Picks a match by its place in the list.
    pick: impl Fn(usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ui = use_ui();
    let options = move || {
        found.with(|(_, shown)| {
            shown
                .iter()
                .enumerate()
                .map(|(i, (uid, text))| {
                    // mousedown, not click: it comes before the input's blur.
                    view! {
                        <li role="option" id=option_id(*uid) aria-selected=move || (active.get() == i).to_string()
                            on:mousedown=move |ev| { ev.prevent_default(); pick(i); }>{text.clone()}</li>
                    }
                })
                .collect_view()
        })
    };
    let more = move || {
        let lang = ui.lang.get();
        found.with(
            |(total, shown)| match (*total, total.saturating_sub(shown.len())) {
                (0, _) => Some(lang.t(Msg::PickerNoMatch).to_owned()),
                (_, 0) => None,
                (_, more) => Some(fill(
                    lang.t(Msg::PickerMore),
                    &[("count", &more.to_string())],
                )),
            },
        )
    };
    view! {
        <div class="combobox-popup">
            <ul class="listbox" id=list_id role="listbox" aria-labelledby=label_id>{options}</ul>
            <p class="listbox-more" role="status">{more}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::{Scale, generate};

    #[test]
    fn the_picker_searches_names_and_emails_and_shows_a_bounded_list() {
        let today = crate::testing::d(2026, 11, 26);
        let data = generate(
            Scale {
                keys: 0,
                users: 5_000,
                seats: 0,
                subscriptions: 0,
            },
            today,
        );
        let (total, shown) = matching(&data.users, &[], "");
        assert_eq!((total, shown.len()), (5_000, SHOWN));
        let first = &data.users[0];
        let (total, shown) = matching(&data.users, &[], &first.email.to_uppercase());
        assert!(total >= 1 && shown.iter().any(|(id, _)| *id == first.id));
        // A user who is taken is never offered.
        let (_, shown) = matching(&data.users, &[first.id], &first.email);
        assert!(shown.iter().all(|(id, _)| *id != first.id));
        assert_eq!(matching(&data.users, &[], "no such person").0, 0);
    }
}
