//! Product keys: a list that stays quick with ten thousand keys (search, status
//! filter, sort, pages of 50), keys masked until revealed one at a time, copy on
//! demand, add / edit / delete with checks at each field, and recording a
//! redemption behind a confirmation, since Microsoft cannot undo one.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::Page;
use crate::i18n::{Lang, Msg, field_error, fill, format_date};
use crate::model::validate::{FieldError, check_key, normalize_key};
use crate::model::{ProductKey, Redemption, RedemptionMode, TenantOwner};
use crate::rules::keys::{KeyStatus, check_tenant, key_status};
use crate::rules::membership::redeem_window;
use crate::ui::components::RuleLink;
use crate::ui::components::form::Field;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// Keys shown per page.
pub const PAGE_SIZE: usize = 50;

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
                | (StatusFilter::NotRedeemed, KeyStatus::NotRedeemed { .. })
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
pub fn index(keys: &[ProductKey], benefit_expiry: Option<NaiveDate>) -> Vec<Indexed> {
    keys.iter()
        .enumerate()
        .map(|(at, k)| Indexed {
            at,
            search: k.product.to_lowercase(),
            status: key_status(
                k.redemption.as_ref().map(|r| r.on),
                k.replaced,
                benefit_expiry,
            ),
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
        KeyStatus::Redeemed { .. } => "redeemed",
        KeyStatus::Replaced => "replaced",
    }
}

fn status_text(lang: Lang, status: KeyStatus) -> String {
    match status {
        KeyStatus::NotRedeemed { redeem_by: Some(d) } => fill(
            lang.t(Msg::StatusNotRedeemedBy),
            &[("date", &format_date(lang, d))],
        ),
        KeyStatus::NotRedeemed { redeem_by: None } => lang.t(Msg::StatusNotRedeemed).into(),
        KeyStatus::Redeemed { usable_until } => fill(
            lang.t(Msg::StatusRedeemed),
            &[("date", &format_date(lang, usable_until))],
        ),
        KeyStatus::Replaced => lang.t(Msg::StatusReplaced).into(),
    }
}

/// The fields of the add / edit form, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct KeyDraft {
    product: String,
    key: String,
    licenses: String,
    received: String,
}

/// Problems with a draft, by field.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct DraftErrors {
    product: Option<FieldError>,
    key: Option<FieldError>,
    licenses: Option<FieldError>,
    received: bool,
}

impl DraftErrors {
    fn any(self) -> bool {
        self.product.is_some() || self.key.is_some() || self.licenses.is_some() || self.received
    }
}

/// Check a draft against the other keys (`others`, which excludes the one edited).
fn check_draft(
    d: &KeyDraft,
    others: &[ProductKey],
    editing: Option<u64>,
) -> (DraftErrors, u32, Option<NaiveDate>) {
    let licenses = d.licenses.trim().parse::<u32>().unwrap_or(0);
    let received = d.received.trim();
    let date = received.parse::<NaiveDate>().ok();
    let key = normalize_key(&d.key);
    let duplicate = !key.is_empty()
        && others
            .iter()
            .any(|k| Some(k.id) != editing && normalize_key(&k.key) == key);
    let errors = DraftErrors {
        product: d.product.trim().is_empty().then_some(FieldError::Empty),
        key: check_key(&key)
            .err()
            .or(duplicate.then_some(FieldError::Duplicate)),
        licenses: (licenses == 0).then_some(FieldError::NoLicenses),
        received: !received.is_empty() && date.is_none(),
    };
    (errors, licenses, date)
}

/// Add a key (no `editing`) or change one.
#[component]
fn KeyForm(editing: Option<u64>, on_done: Callback<()>) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let start = editing
        .and_then(|id| {
            data.data.with_untracked(|d| {
                d.keys.iter().find(|k| k.id == id).map(|k| KeyDraft {
                    product: k.product.clone(),
                    key: k.key.clone(),
                    licenses: k.licenses.to_string(),
                    received: k.received.map(|d| d.to_string()).unwrap_or_default(),
                })
            })
        })
        .unwrap_or_default();
    let product = RwSignal::new(start.product);
    let key = RwSignal::new(start.key);
    let licenses = RwSignal::new(start.licenses);
    let received = RwSignal::new(start.received);
    let tried = RwSignal::new(false);
    let prefix = if editing.is_some() { "edit" } else { "add" };
    let draft = move || KeyDraft {
        product: product.get(),
        key: key.get(),
        licenses: licenses.get(),
        received: received.get(),
    };
    let errors = Memo::new(move |_| {
        if !tried.get() {
            return DraftErrors::default();
        }
        data.data
            .with(|d| check_draft(&draft(), &d.keys, editing).0)
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let (errs, count, date) = data
            .data
            .with_untracked(|d| check_draft(&draft(), &d.keys, editing));
        if errs.any() {
            return;
        }
        let (p, k) = (
            product.get_untracked().trim().to_owned(),
            normalize_key(&key.get_untracked()),
        );
        match editing {
            Some(id) => data.change(Msg::ChangeKeySaved, |d| {
                if let Some(x) = d.keys.iter_mut().find(|x| x.id == id) {
                    x.product = p;
                    x.key = k;
                    x.licenses = count;
                    x.received = date;
                }
            }),
            None => {
                data.change(Msg::ChangeKeyAdded, |d| {
                    let id = d.keys.iter().map(|x| x.id + 1).max().unwrap_or(1);
                    d.keys.push(ProductKey {
                        id,
                        product: p,
                        key: k,
                        licenses: count,
                        redemption: None,
                        replaced: false,
                        received: date,
                    });
                });
                for s in [product, key, licenses, received] {
                    s.set(String::new());
                }
                tried.set(false);
            }
        }
        on_done.run(());
    };
    let err = move |f: fn(DraftErrors) -> Option<Msg>| Signal::derive(move || f(errors.get()));
    view! {
        <form class="key-form" on:submit=on_submit novalidate>
            <Field id=if editing.is_some() { "edit-product" } else { "add-product" } label=Msg::KeyProduct value=product
                error=err(|e| e.product.map(field_error))/>
            <Field id=if editing.is_some() { "edit-key" } else { "add-key" } label=Msg::KeyText value=key
                error=err(|e| e.key.map(field_error))/>
            <Field id=if editing.is_some() { "edit-licenses" } else { "add-licenses" } label=Msg::KeyLicenses value=licenses
                error=err(|e| e.licenses.map(field_error))/>
            <Field id=if editing.is_some() { "edit-received" } else { "add-received" } label=Msg::KeyReceived value=received kind="date"
                error=err(|e| e.received.then_some(Msg::ErrDate))/>
            <p class="actions" data-form=prefix>
                <button type="submit">{ui.t(if editing.is_some() { Msg::KeySave } else { Msg::KeyAdd })}</button>
                {editing.map(|_| view! { <button type="button" class="secondary" on:click=move |_| on_done.run(())>{ui.t(Msg::Cancel)}</button> })}
            </p>
        </form>
    }
}

/// Why a redemption cannot be recorded as entered.
fn redemption_problem(
    on: Option<NaiveDate>,
    owner: TenantOwner,
    today: NaiveDate,
    expiry: Option<NaiveDate>,
) -> Option<(Msg, Option<NaiveDate>)> {
    let Some(on) = on else {
        return Some((Msg::ErrDate, None));
    };
    if check_tenant(owner).is_err() {
        return Some((Msg::ErrCustomerTenant, None));
    }
    if on > today {
        return Some((Msg::ErrFuture, None));
    }
    // R1, the same check the rules engine makes: the expiry day itself is open.
    match expiry {
        Some(e) if !redeem_window(e, on).value.is_open() => Some((Msg::ErrAfterExpiry, Some(e))),
        _ => None,
    }
}

/// Record that a key was redeemed: details, then a confirmation, with no Undo.
#[component]
fn RedeemForm(id: u64, product: String, on_done: Callback<()>) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let on = RwSignal::new(data.today.to_string());
    let owner = RwSignal::new(TenantOwner::Partner);
    let tenant = RwSignal::new(String::new());
    let mode = RwSignal::new(RedemptionMode::New);
    let subscription = RwSignal::new(String::new());
    let reviewing = RwSignal::new(false);
    let expiry = data
        .data
        .with_untracked(|d| d.membership.as_ref().and_then(|m| m.benefit_expiry));
    let date = move || on.get().parse::<NaiveDate>().ok();
    let problem = move || redemption_problem(date(), owner.get(), data.today, expiry);
    let subs = data.data.with_untracked(|d| {
        d.subscriptions
            .iter()
            .map(|s| (s.id, s.product.clone()))
            .collect::<Vec<_>>()
    });
    let confirm = move |_| {
        let Some(on) = date() else { return };
        let redemption = Redemption {
            on,
            owner: owner.get_untracked(),
            subscription: subscription.get_untracked().parse().ok(),
            mode: mode.get_untracked(),
            tenant: tenant.get_untracked().trim().to_owned(),
        };
        data.change_final(Msg::ChangeKeyRedeemed, |d| {
            if let Some(k) = d.keys.iter_mut().find(|k| k.id == id) {
                k.redemption = Some(redemption);
            }
        });
        on_done.run(());
    };
    let heading = product.clone();
    let modes = [
        (RedemptionMode::New, Msg::ModeNew),
        (RedemptionMode::Add, Msg::ModeAdd),
        (RedemptionMode::Extend, Msg::ModeExtend),
    ];
    view! {
        <div class="card redeem-form" role="group" aria-labelledby=format!("redeem-{id}")>
            <h3 id=format!("redeem-{id}")>{move || fill(ui.lang.get().t(Msg::RedeemTitle), &[("product", &heading)])}</h3>
            <Show when=move || !reviewing.get() fallback=move || {
                let product = product.clone();
                view! {
                    <div class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
                        <h4 id="confirm-title">{ui.t(Msg::RedeemConfirmTitle)}</h4>
                        <p id="confirm-text">{move || {
                            let lang = ui.lang.get();
                            let day = date().map(|d| format_date(lang, d)).unwrap_or_default();
                            fill(lang.t(Msg::RedeemConfirmText), &[("product", &product), ("date", &day)])
                        }}</p>
                        <p class="actions">
                            <button type="button" class="danger" on:click=confirm>{ui.t(Msg::RedeemConfirm)}</button>
                            <button type="button" class="secondary" on:click=move |_| reviewing.set(false)>{ui.t(Msg::RedeemBack)}</button>
                        </p>
                    </div>
                }
            }>
                <p class="field"><label for="redeem-on">{ui.t(Msg::RedeemOn)}</label>
                    <input id="redeem-on" type="date" prop:value=on on:input=move |ev| on.set(event_target_value(&ev))/></p>
                <fieldset>
                    <legend>{ui.t(Msg::RedeemOwner)}</legend>
                    <label><input type="radio" name="owner" prop:checked=move || owner.get() == TenantOwner::Partner
                        on:change=move |_| owner.set(TenantOwner::Partner)/>" " {ui.t(Msg::OwnerPartner)}</label>
                    <label><input type="radio" name="owner" prop:checked=move || owner.get() == TenantOwner::Customer
                        on:change=move |_| owner.set(TenantOwner::Customer)/>" " {ui.t(Msg::OwnerCustomer)}</label>
                </fieldset>
                <p class="field"><label for="redeem-tenant">{ui.t(Msg::RedeemTenant)}</label>
                    <input id="redeem-tenant" type="text" autocomplete="off" prop:value=tenant on:input=move |ev| tenant.set(event_target_value(&ev))/></p>
                <p class="field"><label for="redeem-mode">{ui.t(Msg::RedeemMode)}</label>
                    <select id="redeem-mode" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        mode.set(modes.iter().find(|(m, _)| format!("{m:?}") == v).map_or(RedemptionMode::New, |(m, _)| *m));
                    }>
                        {modes.map(|(m, label)| view! { <option value=format!("{m:?}") selected=move || mode.get() == m>{ui.t(label)}</option> })}
                    </select></p>
                <p class="field"><label for="redeem-sub">{ui.t(Msg::RedeemSubscription)}</label>
                    <select id="redeem-sub" on:change=move |ev| subscription.set(event_target_value(&ev))>
                        <option value="">{ui.t(Msg::SubscriptionNone)}</option>
                        {subs.iter().map(|(sid, name)| view! { <option value=sid.to_string()>{name.clone()}</option> }).collect_view()}
                    </select></p>
                {move || problem().map(|(m, d)| view! {
                    <p class="field-error" role="alert">{move || {
                        let lang = ui.lang.get();
                        fill(lang.t(m), &[("date", &d.map(|d| format_date(lang, d)).unwrap_or_default())])
                    }}
                    " " <a class="rule-link" href=ui.href(if m == Msg::ErrCustomerTenant { "/rules#r10" } else { "/rules#r1" })>
                        {if m == Msg::ErrCustomerTenant { "R10" } else { "R1" }}</a></p>
                })}
                <p class="actions">
                    <button type="button" disabled=move || problem().is_some() on:click=move |_| reviewing.set(true)>{ui.t(Msg::RedeemReview)}</button>
                    <button type="button" class="secondary" on:click=move |_| on_done.run(())>{ui.t(Msg::Cancel)}</button>
                </p>
            </Show>
        </div>
    }
}

/// What is open under a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    Edit(u64),
    Redeem(u64),
}

#[cfg(target_arch = "wasm32")]
async fn copy_to_clipboard(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

#[cfg(not(target_arch = "wasm32"))]
async fn copy_to_clipboard(_text: String) -> bool {
    false
}

/// What the rows of the key list share: which key is revealed, which row has a
/// form open, the last copy's message, and how a form closes.
#[derive(Clone, Copy)]
struct RowState {
    revealed: RwSignal<Option<u64>>,
    open: RwSignal<Option<Open>>,
    copied: RwSignal<Option<Msg>>,
    close: Callback<()>,
}

/// One key: product, licenses, status with its rule, the masked key with reveal
/// and copy, and its actions (edit, delete, redeem, record a redemption).
#[component]
fn KeyRow(at: usize, status: KeyStatus, lang: Lang, state: RowState) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let RowState {
        revealed,
        open,
        copied,
        close,
    } = state;
    let k = data.data.with_untracked(|d| d.keys[at].clone());
    let id = k.id;
    let secret = k.key.clone();
    let has_text = !secret.is_empty();
    let shown = move || revealed.get() == Some(id);
    let text = {
        let secret = secret.clone();
        move || {
            if !has_text {
                lang.t(Msg::KeyNoText).to_owned()
            } else if shown() {
                secret.clone()
            } else {
                masked(&secret)
            }
        }
    };
    let rule = status.rule();
    let product = k.product.clone();
    let licenses = fill(
        lang.t(Msg::KeyLicensesCount),
        &[("count", &k.licenses.to_string())],
    );
    let on_copy = move |_| {
        let secret = secret.clone();
        leptos::task::spawn_local(async move {
            let ok = copy_to_clipboard(secret).await;
            copied.set(Some(if ok {
                Msg::KeyCopied
            } else {
                Msg::KeyCopyFailed
            }));
        });
    };
    let on_delete = move |_| {
        open.set(None);
        data.change(Msg::ChangeKeyDeleted, |d| d.keys.retain(|x| x.id != id));
    };
    let not_redeemed = matches!(status, KeyStatus::NotRedeemed { .. });
    let redeem_product = product.clone();
    view! {
        <li class="key-row" data-status=status_slug(status)>
            <div class="key-main">
                <strong>{product.clone()}</strong>
                <span>{licenses}</span>
            </div>
            <div class="key-status">
                <span>{status_text(lang, status)}</span>
                " " <RuleLink rule/>
            </div>
            <div class="key-secret">
                <code class="key-text" translate="no">{text}</code>
                {has_text.then(|| view! {
                    <button type="button" aria-pressed=move || shown().to_string()
                        on:click=move |_| revealed.set(if shown() { None } else { Some(id) })>
                        {move || lang.t(if shown() { Msg::KeyHide } else { Msg::KeyShow })}
                    </button>
                    <button type="button" on:click=on_copy.clone()>{lang.t(Msg::KeyCopy)}</button>
                })}
            </div>
            <div class="key-actions">
                <button type="button" aria-expanded=move || (open.get() == Some(Open::Edit(id))).to_string()
                    on:click=move |_| open.set(Some(Open::Edit(id)))>{lang.t(Msg::KeyEdit)}</button>
                <button type="button" on:click=on_delete>{lang.t(Msg::KeyDelete)}</button>
                {not_redeemed.then(|| view! {
                    <a class="button" href=ui.href(&format!("/redeem/tenant?key={id}"))>{lang.t(Msg::KeyRedeemWizard)}</a>
                    <button type="button" aria-expanded=move || (open.get() == Some(Open::Redeem(id))).to_string()
                        on:click=move |_| open.set(Some(Open::Redeem(id)))>{lang.t(Msg::KeyMarkRedeemed)}</button>
                })}
            </div>
            {move || match open.get() {
                Some(Open::Edit(x)) if x == id => Some(view! { <KeyForm editing=Some(id) on_done=close/> }.into_any()),
                Some(Open::Redeem(x)) if x == id => Some(view! { <RedeemForm id product=redeem_product.clone() on_done=close/> }.into_any()),
                _ => None,
            }}
        </li>
    }
}

/// Search, status filter and sort above the key list; each change goes back to
/// the first page.
#[component]
fn KeyToolbar(
    search: RwSignal<String>,
    filter: RwSignal<StatusFilter>,
    by_product: RwSignal<bool>,
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
    let intro = Page::Keys.intro();
    let search = RwSignal::new(String::new());
    let filter = RwSignal::new(StatusFilter::All);
    let by_product = RwSignal::new(false);
    let page = RwSignal::new(0usize);
    let revealed = RwSignal::new(None::<u64>);
    let open = RwSignal::new(None::<Open>);
    let copied = RwSignal::new(None::<Msg>);
    let indexed = Memo::new(move |_| {
        data.data.with(|d| {
            index(
                &d.keys,
                d.membership.as_ref().and_then(|m| m.benefit_expiry),
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
    let pages = move || rows.read().len().div_ceil(PAGE_SIZE).max(1);
    let close = Callback::new(move |()| open.set(None));
    // A row's texts are fixed for its language and the data's version: the list is
    // keyed by (position, version, language), so a keystroke in the search reuses
    // every row still shown instead of building it again.
    let row_view = move |(at, status, _, lang): (usize, KeyStatus, u64, Lang)| {
        let state = RowState {
            revealed,
            open,
            copied,
            close,
        };
        view! { <KeyRow at status lang state/> }
    };
    let version = Memo::new(move |n: Option<&u64>| {
        data.data.track();
        n.map_or(0, |n| n + 1)
    });
    let visible = move || {
        let (v, lang) = (version.get(), ui.lang.get());
        let p = page.get().min(pages() - 1);
        let idx = indexed.read();
        rows.read()
            .iter()
            .skip(p * PAGE_SIZE)
            .take(PAGE_SIZE)
            .map(|&at| (at, idx[at].status, v, lang))
            .collect::<Vec<_>>()
    };
    view! {
        <section class="page" data-page="/keys">
            <h1>{ui.t(Msg::NavKeys)}</h1>
            <p class="lead">{ui.t(intro)}</p>
            // Open while there are no keys; one click (or Enter) away once there are.
            <details class="card add-key" open=data.data.with_untracked(|d| d.keys.is_empty())>
                <summary><h2>{ui.t(Msg::KeysAddTitle)}</h2></summary>
                <KeyForm editing=None on_done=Callback::new(|()| ())/>
            </details>
            <Show when=move || data.data.with(|d| !d.keys.is_empty()) fallback=move || view! {
                <p class="card empty-state">{ui.t(Msg::KeysEmpty)}</p>
            }>
                <KeyToolbar search filter by_product page/>
                <p class="count" role="status">{move || fill(ui.lang.get().t(Msg::KeysCount), &[("count", &rows.read().len().to_string())])}</p>
                {move || copied.get().map(|m| view! { <p class="notice info" role="status">{ui.t(m)}</p> })}
                <Show when=move || !rows.read().is_empty() fallback=move || view! { <p>{ui.t(Msg::KeysNone)}</p> }>
                    <ul class="key-list">
                        <For each=visible key=|&(at, _, v, lang)| (at, v, lang) children=row_view/>
                    </ul>
                </Show>
                <Show when=move || { pages() > 1 }>
                    <nav class="pager" aria-label=move || ui.lang.get().t(Msg::Pages)>
                        <button type="button" disabled=move || page.get() == 0 on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>{ui.t(Msg::PagePrev)}</button>
                        <span>{move || fill(ui.lang.get().t(Msg::PageOf), &[("page", &(page.get().min(pages() - 1) + 1).to_string()), ("pages", &pages().to_string())])}</span>
                        <button type="button" disabled=move || page.get() + 1 >= pages() on:click=move |_| page.update(|p| *p += 1)>{ui.t(Msg::PageNext)}</button>
                    </nav>
                </Show>
            </Show>
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::{Scale, generate};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn key(id: u64, product: &str, redeemed: Option<NaiveDate>, replaced: bool) -> ProductKey {
        ProductKey {
            id,
            product: product.into(),
            key: format!("AAAAA-BBBBB-CCCCC-DDDDD-{id:05}"),
            licenses: 5,
            redemption: redeemed.map(|on| Redemption {
                on,
                owner: TenantOwner::Partner,
                subscription: None,
                mode: RedemptionMode::New,
                tenant: String::new(),
            }),
            replaced,
            received: None,
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
        let idx = index(&keys, Some(d(2027, 3, 31)));
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
    fn the_form_names_each_bad_field() {
        let others = vec![key(1, "Office", None, false)];
        let draft = KeyDraft {
            product: " ".into(),
            key: "aaaaa-bbbbb-ccccc-ddddd-00001".into(),
            licenses: "0".into(),
            received: "2026-02-30".into(),
        };
        let (e, _, _) = check_draft(&draft, &others, None);
        assert_eq!(
            e,
            DraftErrors {
                product: Some(FieldError::Empty),
                key: Some(FieldError::Duplicate),
                licenses: Some(FieldError::NoLicenses),
                received: true,
            }
        );
        // Editing the same key is not a duplicate of itself.
        let draft = KeyDraft {
            product: "Office".into(),
            key: "AAAAA-BBBBB-CCCCC-DDDDD-00001".into(),
            licenses: "5".into(),
            received: "2026-02-28".into(),
        };
        let (e, n, date) = check_draft(&draft, &others, Some(1));
        assert!(!e.any());
        assert_eq!((n, date), (5, Some(d(2026, 2, 28))));
        let bad = KeyDraft {
            key: "ABCDE-12345".into(),
            ..draft
        };
        assert_eq!(
            check_draft(&bad, &others, None).0.key,
            Some(FieldError::KeyFormat)
        );
    }

    #[test]
    fn a_redemption_is_refused_for_a_customer_tenant_a_future_day_or_after_expiry() {
        let today = d(2026, 11, 26);
        let expiry = Some(d(2026, 11, 1));
        let p = |on, owner| redemption_problem(Some(on), owner, today, expiry).map(|x| x.0);
        assert_eq!(
            p(d(2026, 10, 1), TenantOwner::Customer),
            Some(Msg::ErrCustomerTenant)
        );
        assert_eq!(
            p(d(2026, 12, 1), TenantOwner::Partner),
            Some(Msg::ErrFuture)
        );
        assert_eq!(
            p(d(2026, 11, 2), TenantOwner::Partner),
            Some(Msg::ErrAfterExpiry)
        );
        // R1: the expiry day itself is still allowed.
        assert_eq!(p(d(2026, 11, 1), TenantOwner::Partner), None);
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
            },
            today,
        );
        let idx = index(&data.keys, Some(today));
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
