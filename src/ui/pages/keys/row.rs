//! One key in the list: product, licenses, status with its rule, the masked key
//! with reveal and copy, and its actions.

use crate::ledger::Facts;
use leptos::prelude::*;

use super::form::KeyForm;
use super::record::RecordRedemption;
use super::replace::{ReplaceKey, key_label};
use super::{masked, status_slug};
use crate::i18n::{Lang, Msg, fill, format_date};
use crate::model::ProductKey;
use crate::model::vault::SealedKey;
use crate::rules::RuleId;
use crate::rules::Why;
use crate::rules::keys::KeyStatus;
use crate::rules::keys::key_end;
use crate::rules::membership::redeem_window;
use crate::ui::browser::clipboard;
use crate::ui::components::{RuleLink, WhyBox};
use crate::ui::data::{DataCtx, use_data};
use crate::ui::routes::{Choice, Step};
use crate::ui::state::use_ui;
use crate::ui::vault::{is_open, reveal};
use chrono::NaiveDate;

/// What is open under a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Open {
    /// The edit form of a key.
    Edit(u64),
    /// Recording a key's redemption.
    Redeem(u64),
    /// Asking for a key's replacement (R9).
    Replace(u64),
    /// Recording the key given for a replacement asked before.
    Link(u64),
}

/// What the rows of the key list share: which key is revealed, which row has a
/// form open, the last copy's message, and how a form closes.
#[derive(Clone, Copy)]
pub struct RowState {
    /// The key shown in full, if any (one at a time).
    pub revealed: RwSignal<Option<u64>>,
    /// The form open under a row.
    pub open: RwSignal<Option<Open>>,
    /// What the last copy did.
    pub copied: RwSignal<Option<Msg>>,
    /// Closes the open form.
    pub close: Callback<()>,
}

/// One key: its texts are fixed for `lang` and the data's version (the list is
/// keyed by both), only reveal and the open form react.
#[component]
pub fn KeyRow(
    /// Position in `Dataset::keys`.
    at: usize,
    /// Where the key stands.
    status: KeyStatus,
    /// The language of the row's texts.
    lang: Lang,
    /// What the rows share.
    state: RowState,
) -> impl IntoView {
    let data = use_data();
    let RowState { open, close, .. } = state;
    let k = data.data.with_untracked(|d| d.keys[at].clone());
    let id = k.id;
    let licenses = fill(
        lang.t(Msg::KeyLicensesCount),
        &[("count", &k.licenses.to_string())],
    );
    let product = k.product.clone();
    view! {
        <li class="key-row" data-status=status_slug(status)>
            <div class="key-main">
                <strong>{k.product.clone()}</strong>
                <span>{licenses}</span>
            </div>
            <div class="key-status">
                <span>{key_status_text(lang, status)}</span>
                " " <RuleLink rule=status.rule()/>
                {status_why(&k, status, data.today()).map(|(why, value)| view! { <WhyBox why value/> })}
            </div>
            {replacement_line(lang, &k)}
            <KeySecret id secret=k.key sealed=k.sealed lang state/>
            <KeyActions id lang open status pending=k.replacement.is_some_and(|r| r.by.is_none())/>
            {move || match open.get() {
                Some(Open::Edit(x)) if x == id => Some(view! { <KeyForm editing=Some(id) on_done=close/> }.into_any()),
                Some(Open::Redeem(x)) if x == id => Some(view! { <RecordRedemption id product=product.clone() on_done=close/> }.into_any()),
                Some(Open::Replace(x)) if x == id => Some(view! { <ReplaceKey id link_only=false on_done=close/> }.into_any()),
                Some(Open::Link(x)) if x == id => Some(view! { <ReplaceKey id link_only=true on_done=close/> }.into_any()),
                _ => None,
            }}
        </li>
    }
}

/// The working behind the date the status shows: R1's last day to redeem,
/// the last day the key works (R2, R7 or R8).
fn status_why(k: &ProductKey, status: KeyStatus, today: NaiveDate) -> Option<(Why, NaiveDate)> {
    match status {
        KeyStatus::NotRedeemed { redeem_by: Some(e) } | KeyStatus::Expired { on: e } => {
            Some((redeem_window(e, today).why, e))
        }
        KeyStatus::Redeemed { .. } => {
            // R2, R7 or R8: the end fixed when it was redeemed.
            let u = use_data().data.with(|d| key_end(k, &d.subscriptions))?;
            Some((u.why, u.value))
        }
        _ => None,
    }
}

/// R9 on the row: the replacement asked for this key and the key given, or the
/// key this one replaces.
fn replacement_line(lang: Lang, k: &ProductKey) -> Option<impl IntoView + use<>> {
    let data = use_data();
    let label = |id: u64| {
        data.data.with_untracked(|d| {
            d.keys
                .iter()
                .find(|x| x.id == id)
                .map(|x| key_label(lang, x))
        })
    };
    let text = match (k.replacement, k.replaces) {
        (Some(r), _) => {
            let date = format_date(lang, r.asked_on);
            match r.by.and_then(label) {
                Some(key) => fill(
                    lang.t(Msg::KeyReplacedBy),
                    &[("date", &date), ("key", &key)],
                ),
                None => fill(lang.t(Msg::KeyReplacementPending), &[("date", &date)]),
            }
        }
        (None, Some(orig)) => fill(lang.t(Msg::KeyReplaces), &[("key", &label(orig)?)]),
        (None, None) => return None,
    };
    Some(view! { <p class="key-replacement">{text} " " <RuleLink rule=RuleId::R9/></p> })
}

/// The key text, masked to its last group until revealed, and copy. A text
/// locked in the vault is opened only for showing or copying, and only while
/// the vault is unlocked.
#[component]
fn KeySecret(
    /// The key's id.
    id: u64,
    /// The key text (a secret: never logged).
    secret: String,
    /// The text sealed in the vault, if locked.
    sealed: Option<SealedKey>,
    /// The language of the buttons.
    lang: Lang,
    /// What the rows share.
    state: RowState,
) -> impl IntoView {
    let data = use_data();
    let RowState {
        revealed, copied, ..
    } = state;
    let has_text = !secret.is_empty() || sealed.is_some();
    let locked = {
        let is_sealed = sealed.is_some();
        move || is_sealed && !is_open(data)
    };
    // The opened text of a sealed key, while shown.
    let opened = RwSignal::new(None::<String>);
    // Locking hides a text shown, for good.
    Effect::new(move |_| {
        if locked() && revealed.get_untracked() == Some(id) {
            revealed.set(None);
            opened.set(None);
        }
    });
    let shown = move || revealed.get() == Some(id) && !locked();
    let hidden = match &sealed {
        Some(s) => masked(&format!("-{}", s.last)),
        None => masked(&secret),
    };
    let text = move || match (has_text, shown()) {
        (false, _) => lang.t(Msg::KeyNoText).to_owned(),
        (true, true) => opened.get().unwrap_or_default(),
        (true, false) => hidden.clone(),
    };
    let read = move || read_secret(data, secret.clone(), sealed.clone());
    let on_show = {
        let read = read.clone();
        move |_| {
            if shown() {
                revealed.set(None);
                opened.set(None);
                return;
            }
            let text = read();
            leptos::task::spawn_local(async move {
                if let Some(t) = text.await {
                    opened.set(Some(t));
                    revealed.set(Some(id));
                }
            });
        }
    };
    let on_copy = move |_| copy_text(read(), copied);
    view! {
        <div class="key-secret">
            <code class="key-text" translate="no">{text}</code>
            {has_text.then(|| view! {
                <button type="button" aria-pressed=move || shown().to_string() disabled=locked
                    on:click=on_show.clone()>
                    {move || lang.t(if shown() { Msg::KeyHide } else { Msg::KeyShow })}
                </button>
                <button type="button" disabled=locked on:click=on_copy.clone()>{lang.t(Msg::KeyCopy)}</button>
            })}
        </div>
    }
}

/// Copy a key's text, once read, and say how it went.
fn copy_text(text: impl Future<Output = Option<String>> + 'static, copied: RwSignal<Option<Msg>>) {
    leptos::task::spawn_local(async move {
        let ok = match text.await {
            Some(t) => clipboard::copy(t).await,
            None => false,
        };
        copied.set(Some(if ok {
            Msg::KeyCopied
        } else {
            Msg::KeyCopyFailed
        }));
    });
}

/// A key's text for showing or copying: the stored one, or the sealed one
/// opened (`None` while the vault is locked).
async fn read_secret(data: DataCtx, secret: String, sealed: Option<SealedKey>) -> Option<String> {
    match sealed {
        Some(s) => reveal(data, &s).await.ok(),
        None => Some(secret),
    }
}

/// Edit, delete, and for a key not yet redeemed: the wizard, or recording a
/// redemption that already happened.
#[component]
fn KeyActions(
    /// The key's id.
    id: u64,
    /// The language of the buttons.
    lang: Lang,
    /// The form open under a row.
    open: RwSignal<Option<Open>>,
    /// Where the key stands: one not redeemed can go into the wizard; one past
    /// the benefit expiry date can still get a redemption that happened before.
    status: KeyStatus,
    /// A replacement was asked and the new key is not recorded yet.
    pending: bool,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let on_delete = move |_| {
        open.set(None);
        let _ = data.record(Msg::ChangeKeyDeleted, Facts::DeleteKey { id });
    };
    let expanded = move |o: Open| move || (open.get() == Some(o)).to_string();
    view! {
        <div class="key-actions">
            <button type="button" aria-expanded=expanded(Open::Edit(id))
                on:click=move |_| open.set(Some(Open::Edit(id)))>{lang.t(Msg::KeyEdit)}</button>
            <button type="button" on:click=on_delete>{lang.t(Msg::KeyDelete)}</button>
            {matches!(status, KeyStatus::NotRedeemed { .. }).then(|| view! {
                <a class="button" href=ui.href(&Choice { key: Some(id), ..Choice::default() }.path(Step::Tenant))>{lang.t(Msg::KeyRedeemWizard)}</a>
            })}
            {matches!(status, KeyStatus::NotRedeemed { .. } | KeyStatus::Expired { .. }).then(|| view! {
                <button type="button" aria-expanded=expanded(Open::Redeem(id))
                    on:click=move |_| open.set(Some(Open::Redeem(id)))>{lang.t(Msg::KeyMarkRedeemed)}</button>
            })}
            {matches!(status, KeyStatus::Redeemed { .. }).then(|| view! {
                <button type="button" aria-expanded=expanded(Open::Replace(id))
                    on:click=move |_| open.set(Some(Open::Replace(id)))>{lang.t(Msg::KeyAskReplacement)}</button>
            })}
            {pending.then(|| view! {
                <button type="button" aria-expanded=expanded(Open::Link(id))
                    on:click=move |_| open.set(Some(Open::Link(id)))>{lang.t(Msg::KeyLinkReplacement)}</button>
            })}
        </div>
    }
}

/// A key's status in words: redeem by, usable until, replaced.
fn key_status_text(lang: Lang, status: KeyStatus) -> String {
    match status {
        KeyStatus::NotRedeemed { redeem_by: Some(d) } => fill(
            lang.t(Msg::StatusNotRedeemedBy),
            &[("date", &format_date(lang, d))],
        ),
        KeyStatus::NotRedeemed { redeem_by: None } => lang.t(Msg::StatusNotRedeemed).into(),
        KeyStatus::Expired { on } => fill(
            lang.t(Msg::StatusExpired),
            &[("date", &format_date(lang, on))],
        ),
        KeyStatus::Redeemed { usable_until, .. } => fill(
            lang.t(Msg::StatusRedeemed),
            &[("date", &format_date(lang, usable_until))],
        ),
        KeyStatus::Replaced => lang.t(Msg::StatusReplaced).into(),
    }
}
