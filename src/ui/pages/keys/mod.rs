//! Product keys: a list that stays quick with ten thousand keys (search, status
//! filter, sort, pages of 20), keys masked until revealed one at a time, copy on
//! demand, add / edit / delete with checks at each field, and recording a
//! redemption behind a confirmation, since Microsoft cannot undo one.

mod benefits;
mod form;
mod record;
mod replace;
mod row;

use chrono::NaiveDate;
use leptos::prelude::*;

use super::Page;
use crate::i18n::{Msg, fill};
use crate::model::ProductKey;
use crate::rules::keys::{KeyStatus, key_status};
use crate::ui::components::{PageFrame, Pager, UnlockForm, page_slice};
use crate::ui::data::use_data;
use crate::ui::router::use_query_map;
use crate::ui::routes::KeysFilter;
use crate::ui::state::use_ui;
use crate::ui::vault::{is_open, lock};
use form::KeyForm;
use row::{KeyRow, Open, RowState};

/// Keys shown per page.
pub const PAGE_SIZE: usize = 20;

/// The status filter above the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusFilter {
    /// Every key.
    All,
    /// Keys not yet redeemed.
    NotRedeemed,
    /// Redeemed keys.
    Redeemed,
    /// Replaced keys.
    Replaced,
}

impl StatusFilter {
    const ALL: [(StatusFilter, &'static str, Msg); 4] = [
        (StatusFilter::All, "all", Msg::FilterAll),
        (StatusFilter::NotRedeemed, "open", Msg::FilterNotRedeemed),
        (StatusFilter::Redeemed, "redeemed", Msg::FilterRedeemed),
        (StatusFilter::Replaced, "replaced", Msg::FilterReplaced),
    ];

    fn admits(self, status: KeyStatus) -> bool {
        matches!(
            (self, status),
            (StatusFilter::All, _)
                | (
                    StatusFilter::NotRedeemed,
                    KeyStatus::NotRedeemed { .. } | KeyStatus::Expired { .. }
                )
                | (StatusFilter::Redeemed, KeyStatus::Redeemed { .. })
                | (StatusFilter::Replaced, KeyStatus::Replaced)
        )
    }
}

/// One key as the list needs it, computed once per change of the data.
#[derive(Clone, Debug, PartialEq)]
pub struct Indexed {
    /// Position in `Dataset::keys`.
    pub at: usize,
    /// Product name, lower-cased for search.
    pub search: String,
    /// Where the key stands.
    pub status: KeyStatus,
}

/// Index the keys for searching (done when the data changes, not per keystroke).
pub fn index(
    keys: &[ProductKey],
    subscriptions: &[crate::model::Subscription],
    benefit_expiry: Option<NaiveDate>,
    today: NaiveDate,
) -> Vec<Indexed> {
    keys.iter()
        .enumerate()
        .map(|(at, k)| Indexed {
            at,
            search: k.product.to_lowercase(),
            status: key_status(k, subscriptions, benefit_expiry, today),
        })
        .collect()
}

/// The keys to list, in order: those whose product contains `search` (ignoring
/// case) and whose status passes `filter`; soonest deadline first (keys without
/// one last) or by product name.
pub fn select(
    index: &[Indexed],
    search: &str,
    filter: StatusFilter,
    by_product: bool,
) -> Vec<usize> {
    let needle = search.trim().to_lowercase();
    let mut rows: Vec<&Indexed> = index
        .iter()
        .filter(|i| filter.admits(i.status) && i.search.contains(&needle))
        .collect();
    if by_product {
        rows.sort_by(|a, b| a.search.cmp(&b.search).then(a.at.cmp(&b.at)));
    } else {
        rows.sort_by_key(|i| (i.status.deadline().is_none(), i.status.deadline(), i.at));
    }
    rows.into_iter().map(|i| i.at).collect()
}

/// A key as shown while hidden: the last group only.
pub fn masked(key: &str) -> String {
    match key.rsplit_once('-') {
        Some((_, last)) => format!("•••••-•••••-•••••-•••••-{last}"),
        None => "•••••".into(),
    }
}

fn status_slug(status: KeyStatus) -> &'static str {
    match status {
        KeyStatus::NotRedeemed { .. } => "open",
        KeyStatus::Expired { .. } => "expired",
        KeyStatus::Redeemed { .. } => "redeemed",
        KeyStatus::Replaced => "replaced",
    }
}

/// Search, status filter and sort above the key list; each change goes back to
/// the first page.
#[component]
fn KeyToolbar(
    /// The search text.
    search: RwSignal<String>,
    /// The status filter.
    filter: RwSignal<StatusFilter>,
    /// Sort by product (else by deadline).
    by_product: RwSignal<bool>,
    /// The page shown, reset by every change here.
    page: RwSignal<usize>,
) -> impl IntoView {
    let ui = use_ui();
    let reset_page = move || page.set(0);
    view! {
    <div class="toolbar" role="search">
        <p class="field"><label for="key-search">{ui.t(Msg::KeysSearch)}</label>
            <input id="key-search" type="search" prop:value=search
                on:input=move |ev| { search.set(event_target_value(&ev)); reset_page(); }/></p>
        <p class="field"><label for="key-filter">{ui.t(Msg::KeysFilter)}</label>
            <select id="key-filter" on:change=move |ev| {
                let v = event_target_value(&ev);
                filter.set(StatusFilter::ALL.iter().find(|f| f.1 == v).map_or(StatusFilter::All, |f| f.0));
                reset_page();
            }>
                {StatusFilter::ALL.map(|(f, value, label)| view! {
                    <option value=value selected=move || filter.get() == f>{ui.t(label)}</option>
                })}
            </select></p>
        <p class="field"><label for="key-sort">{ui.t(Msg::KeysSort)}</label>
            <select id="key-sort" on:change=move |ev| by_product.set(event_target_value(&ev) == "product")>
                <option value="deadline">{ui.t(Msg::SortDeadline)}</option>
                <option value="product">{ui.t(Msg::SortProduct)}</option>
            </select></p>
    </div>
    }
}

lazy_page! {
    /// The key list page.
    KeysPage => keys_page
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn keys_page() -> AnyView {
    let ui = use_ui();
    let data = use_data();
    // The dashboard links here with a filter (`?status=open`).
    let query = use_query_map();
    let asked = query.with_untracked(|q| KeysFilter::from_query(|k| q.get(k)).status);
    let start = StatusFilter::ALL
        .iter()
        .find(|f| Some(f.1) == asked.as_deref())
        .map_or(StatusFilter::All, |f| f.0);
    let (search, filter) = (RwSignal::new(String::new()), RwSignal::new(start));
    let (by_product, page) = (RwSignal::new(false), RwSignal::new(0usize));
    let indexed = Memo::new(move |_| {
        data.data.with(|d| {
            index(
                &d.keys,
                &d.subscriptions,
                d.membership.as_ref().and_then(|m| m.benefit_expiry),
                data.today(),
            )
        })
    });
    let rows = Memo::new(move |_| {
        select(
            &indexed.read(),
            &search.read(),
            filter.get(),
            by_product.get(),
        )
    });
    let count = Signal::derive(move || rows.read().len());
    view! {
        <PageFrame page=Page::Keys>
            // The keyless flow (R17), or benefits recorded under it before.
            <Show when=move || data.data.with(|d| !d.benefits.is_empty() || d.keyless())>
                <benefits::KeylessBenefits/>
            </Show>
            // Open while there are no keys; one click (or Enter) away once there are.
            <details class="card add-key" open=data.data.with_untracked(|d| d.keys.is_empty() && !d.keyless())>
                <summary><h2>{ui.t(Msg::KeysAddTitle)}</h2></summary>
                <KeyForm editing=None on_done=Callback::new(|()| ())/>
            </details>
            <Show when=move || data.data.with(|d| d.vault.is_some())><KeysVault/></Show>
            <Show when=move || data.data.with(|d| !d.keys.is_empty()) fallback=move || view! {
                <p class="card empty-state">{ui.t(Msg::KeysEmpty)}</p>
            }>
                <KeyToolbar search filter by_product page/>
                <p class="count" role="status">{move || fill(ui.lang.get().t(Msg::KeysCount), &[("count", &count.get().to_string())])}</p>
                <KeyList indexed rows page/>
                <Pager page count per_page=PAGE_SIZE/>
            </Show>
        </PageFrame>
    }
    .into_any()
}

/// With the vault on: locked, how to unlock; unlocked, how to lock again.
#[component]
fn KeysVault() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    move || {
        if is_open(data) {
            view! {
                <p class="card vault-status" role="status">{ui.t(Msg::VaultIsOpenShort)} " "
                    <button type="button" class="secondary" on:click=move |_| lock()>{ui.t(Msg::VaultLockNow)}</button></p>
            }
            .into_any()
        } else {
            view! {
                <div class="card vault-status">
                    <p role="status">{ui.t(Msg::VaultIsLocked)}</p>
                    <UnlockForm id="keys-vault-pass"/>
                </div>
            }
            .into_any()
        }
    }
}

/// The current page of keys. A row's texts are fixed for its language and the
/// data's version: the list is keyed by (position, version, language), so a
/// keystroke in the search reuses every row still shown instead of building it
/// again.
#[component]
fn KeyList(
    /// Every key, indexed.
    indexed: Memo<Vec<Indexed>>,
    /// The positions to list, in order.
    rows: Memo<Vec<usize>>,
    /// The page shown (0-based).
    page: RwSignal<usize>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let open = RwSignal::new(None::<Open>);
    let state = RowState {
        revealed: RwSignal::new(None),
        open,
        copied: RwSignal::new(None),
        close: Callback::new(move |()| open.set(None)),
    };
    let version = Memo::new(move |n: Option<&u64>| {
        data.data.track();
        n.map_or(0, |n| n + 1)
    });
    let visible = move || {
        let (v, lang) = (version.get(), ui.lang.get());
        let idx = indexed.read();
        page_slice(&rows.read(), page.get(), PAGE_SIZE)
            .iter()
            .map(|&at| (at, idx[at].status, v, lang))
            .collect::<Vec<_>>()
    };
    view! {
        {move || state.copied.get().map(|m| view! { <p class="notice info" role="status">{ui.t(m)}</p> })}
        <Show when=move || !rows.read().is_empty() fallback=move || view! { <p>{ui.t(Msg::KeysNone)}</p> }>
            <ul class="key-list">
                <For each=visible key=|&(at, _, v, lang)| (at, v, lang)
                    children=move |(at, status, _, lang)| view! { <KeyRow at status lang state/> }/>
            </ul>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::{Scale, generate};
    use crate::testing::d;

    fn key(id: u64, product: &str, redeemed: Option<NaiveDate>, replaced: bool) -> ProductKey {
        ProductKey {
            replaced,
            ..crate::testing::key(id, product, 5, redeemed)
        }
    }

    #[test]
    fn search_filter_and_sort_pick_the_right_keys_in_order() {
        let keys = vec![
            key(1, "Office 365 E3", Some(d(2026, 3, 1)), false),
            key(2, "Power BI Pro", None, false),
            key(3, "Office 365 E3", Some(d(2026, 1, 10)), false),
            key(4, "Visio", Some(d(2025, 1, 1)), true),
        ];
        let idx = index(&keys, &[], Some(d(2027, 3, 31)), d(2026, 11, 26));
        // Deadline order: key 3 usable until 2027-01-10, key 1 until 2027-03-01,
        // key 2 redeem by 2027-03-31, the replaced key has no deadline: last.
        assert_eq!(select(&idx, "", StatusFilter::All, false), vec![2, 0, 1, 3]);
        assert_eq!(
            select(&idx, "  office ", StatusFilter::All, false),
            vec![2, 0]
        );
        assert_eq!(select(&idx, "", StatusFilter::NotRedeemed, false), vec![1]);
        assert_eq!(select(&idx, "", StatusFilter::Replaced, false), vec![3]);
        assert_eq!(select(&idx, "", StatusFilter::All, true), vec![0, 2, 1, 3]);
        assert!(select(&idx, "dynamics", StatusFilter::All, false).is_empty());
    }

    #[test]
    fn keys_are_masked_but_for_the_last_group() {
        assert_eq!(
            masked("Q7K2M-HX4PD-9TR3C-WB6YF-J8N2V"),
            "•••••-•••••-•••••-•••••-J8N2V"
        );
        assert!(!masked("Q7K2M-HX4PD-9TR3C-WB6YF-J8N2V").contains("Q7K2M"));
    }

    #[test]
    fn ten_thousand_keys_index_and_select() {
        let today = d(2026, 11, 26);
        let data = generate(
            Scale {
                keys: 10_000,
                users: 0,
                seats: 0,
                subscriptions: 0,
                credits: 0,
            },
            today,
        );
        let idx = index(&data.keys, &data.subscriptions, Some(today), today);
        let all = select(&idx, "", StatusFilter::All, false);
        assert_eq!(all.len(), 10_000);
        let some = select(&idx, "product 7", StatusFilter::All, false);
        assert!(!some.is_empty() && some.len() < 10_000);
        assert!(
            some.iter()
                .all(|&i| data.keys[i].product.to_lowercase().contains("product 7"))
        );
    }
}
