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

/// The state of one picker: what is typed, whether the list is open, which
/// match is highlighted, what is chosen, and the matches.
#[derive(Clone, Copy)]
struct Picker {
    query: RwSignal<String>,
    open: RwSignal<bool>,
    active: RwSignal<usize>,
    chosen: RwSignal<Option<u64>>,
    found: Memo<(usize, Vec<(u64, String)>)>,
}

impl Picker {
    /// Choose the match at `i` (if there is one) and close the list.
    fn pick(self, i: usize) {
        if let Some((uid, text)) = self.found.with_untracked(|f| f.1.get(i).cloned()) {
            self.chosen.set(Some(uid));
            self.query.set(text);
        }
        self.open.set(false);
    }

    /// Down and Up move, Enter picks, Escape closes then clears.
    fn key(self, ev: leptos::ev::KeyboardEvent) {
        let open = self.open.get_untracked();
        let count = if open {
            self.found.with_untracked(|f| f.1.len())
        } else {
            0
        };
        match ev.key().as_str() {
            "ArrowDown" if open => {
                ev.prevent_default();
                self.active
                    .update(|a| *a = (*a + 1).min(count.saturating_sub(1)));
            }
            "ArrowDown" => {
                ev.prevent_default();
                self.active.set(0);
                self.open.set(true);
            }
            "ArrowUp" => {
                ev.prevent_default();
                self.active.update(|a| *a = a.saturating_sub(1));
            }
            "Enter" if open && count > 0 => {
                ev.prevent_default();
                self.pick(self.active.get_untracked());
            }
            "Escape" if open => self.open.set(false),
            "Escape" => {
                self.query.set(String::new());
                self.chosen.set(None);
            }
            _ => {}
        }
    }

    /// Leaving the field after typing takes the highlighted match.
    fn leave(self) {
        let typed = self.chosen.get_untracked().is_none()
            && !self.query.with_untracked(|q| q.trim().is_empty());
        if self.open.get_untracked() && typed {
            self.pick(self.active.get_untracked());
        }
        self.open.set(false);
    }

    /// Typing: a new search from the first match.
    fn typed(self, text: String) {
        self.query.set(text);
        self.chosen.set(None);
        self.active.set(0);
        self.open.set(true);
    }
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
    // Computed only while the list is open: a page of 150 seats holds 150 of these.
    let found = Memo::new(move |_| {
        let taken = taken.get();
        data.data
            .with(|d| matching(&d.users, &taken, &query.read()))
    });
    let p = Picker {
        query,
        open: RwSignal::new(false),
        active: RwSignal::new(0),
        chosen,
        found,
    };
    let (list_id, label_id) = (format!("{id}-list"), format!("{id}-label"));
    let option_prefix = format!("{id}-user-");
    let active_id = {
        let prefix = option_prefix.clone();
        // The matches are read only while the list is open: a closed picker
        // (twenty on a page of seats) searches nothing.
        move || {
            if !p.open.get() {
                return None;
            }
            let uid = found.with(|f| f.1.get(p.active.get()).map(|(uid, _)| *uid));
            uid.map(|uid| format!("{prefix}{uid}"))
        }
    };
    view! {
        <label for=id.clone() id=label_id.clone()>{ui.t(label)}</label>
        <span class="combobox">
            <input id=id type="text" role="combobox" autocomplete="off" spellcheck="false"
                aria-autocomplete="list" aria-expanded=move || p.open.get().to_string() aria-controls=list_id.clone()
                aria-activedescendant=active_id placeholder=move || ui.lang.get().t(none) prop:value=query
                on:input=move |ev| p.typed(event_target_value(&ev))
                on:focus=move |_| { p.active.set(0); p.open.set(true); }
                on:keydown=move |ev| p.key(ev) on:blur=move |_| p.leave()/>
            <Show when=move || p.open.get()>
                <Matches list_id=list_id.clone() label_id=label_id.clone() picker=p option_prefix=option_prefix.clone()/>
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
    /// The picker's state.
    picker: Picker,
    /// The DOM id of a user's option, less the user's id.
    option_prefix: String,
) -> impl IntoView {
    let ui = use_ui();
    let Picker { found, active, .. } = picker;
    let options = move || {
        found.with(|(_, shown)| {
            shown
                .iter()
                .enumerate()
                .map(|(i, (uid, text))| {
                    // mousedown, not click: it comes before the input's blur.
                    view! {
                        <li role="option" id=format!("{option_prefix}{uid}") aria-selected=move || (active.get() == i).to_string()
                            on:mousedown=move |ev| { ev.prevent_default(); picker.pick(i); }>{text.clone()}</li>
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
                credits: 0,
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
