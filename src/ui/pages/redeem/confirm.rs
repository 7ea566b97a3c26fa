//! Step 5: what will be recorded, and that it cannot be undone. Confirming runs
//! [`record_redemption`], the one path that records a redemption.

use crate::ledger::Facts;
use leptos::prelude::*;

use super::{Go, Missing, plan};
use crate::i18n::words::{change_error_text, mode_name, refusal_text};
use crate::i18n::{Lang, Msg, fill, format_date};
use crate::ledger::change::{ChangeError, RedemptionRequest, Target};
use crate::model::TenantOwner;
use crate::rules::keys::Outcome;
use crate::ui::data::use_data;
use crate::ui::routes::{Choice, Step};
use crate::ui::state::use_ui;

/// The summary and the button that records it.
#[component]
pub fn ConfirmStep(
    /// What was chosen so far, the way included.
    choice: Choice,
    /// Moves on.
    go: Go,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today();
    let lang = ui.lang.get_untracked();
    let found = data.data.with_untracked(|d| plan(d, &choice, today));
    let picked = choice.mode.zip(found).and_then(|(m, p)| {
        let o = p.options.iter().find(|o| o.mode == m)?.result.clone();
        Some((p, m, o))
    });
    let Some((p, mode, result)) = picked else {
        return view! { <Missing first=Step::Compare choice/> }.into_any();
    };
    let outcome = match result {
        Ok(e) => e.value,
        Err(r) => {
            return view! { <p class="card refused" role="alert">{refusal_text(lang, r)}</p> }
                .into_any();
        }
    };
    let refused = RwSignal::new(None::<ChangeError>);
    let tenant = choice.tenant.clone();
    let req = RedemptionRequest {
        key: p.key.id,
        on: today,
        owner: TenantOwner::Partner,
        tenant: choice.tenant.clone(),
        target: choice.target.unwrap_or(Target::New),
        mode,
    };
    let confirm = move |_| {
        // Checked again against the newest data: another tab may have moved on.
        match data.record_final(
            Msg::ChangeKeyRedeemed,
            Facts::Redeem {
                request: req.clone(),
            },
        ) {
            Ok(()) => go.run((Step::Done, choice.clone())),
            Err(e) => refused.set(Some(e)),
        }
    };
    view! {
        <div class="card confirm wizard-step" role="alertdialog" aria-labelledby="wz-confirm-title" aria-describedby="wz-confirm-text">
            <h2 id="wz-confirm-title">{lang.t(Msg::RedeemConfirmTitle)}</h2>
            <p id="wz-confirm-text">{lang.t(Msg::WzConfirmText)}</p>
            <Summary lang plan_key=(p.key.product.clone(), p.key.licenses) tenant
                onto=p.subscription.as_ref().map(|s| (s.licenses, s.end)) way=mode_name(mode) outcome/>
            {move || refused.get().map(|e| view! { <p class="refused" role="alert">{change_error_text(lang, &e)}</p> })}
            <p class="actions">
                <button type="button" class="danger" on:click=confirm>{lang.t(Msg::RedeemConfirm)}</button>
                <button type="button" class="secondary" on:click=move |_| { let _ = window().history().map(|h| h.back()); }>{lang.t(Msg::RedeemBack)}</button>
            </p>
        </div>
    }
    .into_any()
}

/// What will be recorded: key, tenant, subscription, way and result.
#[component]
fn Summary(
    /// The language of the texts.
    lang: Lang,
    /// The key's product and licenses.
    plan_key: (String, u32),
    /// The tenant's name as typed (blank: the partner's own).
    tenant: String,
    /// The subscription's licenses and end before, if it exists.
    onto: Option<(u32, chrono::NaiveDate)>,
    /// The way chosen.
    way: Msg,
    /// What it gives.
    outcome: Outcome,
) -> impl IntoView {
    let (product, licenses) = plan_key;
    let key_text = format!(
        "{product} · {}",
        fill(
            lang.t(Msg::KeyLicensesCount),
            &[("count", &licenses.to_string())]
        )
    );
    let tenant_text = if tenant.is_empty() {
        lang.t(Msg::WzOwnTenant).to_owned()
    } else {
        tenant
    };
    let target_text = match onto {
        Some((l, end)) => fill(
            lang.t(Msg::WzOnto),
            &[
                ("licenses", &l.to_string()),
                ("date", &format_date(lang, end)),
            ],
        ),
        None => lang.t(Msg::WzNewSub).to_owned(),
    };
    let after = fill(
        lang.t(Msg::WzResult),
        &[
            ("licenses", &outcome.licenses.to_string()),
            ("date", &format_date(lang, outcome.end)),
        ],
    );
    view! {
        <dl class="dates">
            <dt>{lang.t(Msg::WzKey)}</dt><dd>{key_text}</dd>
            <dt>{lang.t(Msg::WzTenant)}</dt><dd>{tenant_text}</dd>
            <dt>{lang.t(Msg::WzTarget)}</dt><dd>{target_text}</dd>
            <dt>{lang.t(Msg::WzWay)}</dt><dd>{lang.t(way)}</dd>
            <dt>{lang.t(Msg::WzAfter)}</dt><dd>{after}</dd>
        </dl>
    }
}
