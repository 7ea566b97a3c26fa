//! The renewal window (R4) with its dates, the benefit expiry (R1) and grace
//! (R3), and the Partner Center steps (R5) as a checklist kept in the address.

use crate::ledger::Facts;
use crate::ui::router::{NavigateOptions, use_navigate, use_query_map};
use leptos::prelude::*;

use crate::i18n::format_days;
use crate::i18n::words::{change_error_text, renewal_phase_text};
use crate::i18n::{Lang, Msg, field_problem, fill, format_date, step_text};
use crate::ledger::change::{RenewalPlan, plan_renewal};
use crate::model::form::RenewalDraft;
use crate::model::validate::Field as F;
use crate::model::{Membership, Offer};
use crate::rules::Explained;
use crate::rules::RuleId;
use crate::rules::membership::RedeemWindow;
use crate::rules::membership::{RenewalWindow, grace_end, redeem_window, renewal_window};
use crate::rules::program::{Renewability, SUCCESSORS, offer_end, renewability};
use crate::rules::steps::RENEW_BENEFITS;
use crate::ui::components::form::Field;
use crate::ui::components::{ReadingTag, RuleLink, WhyBox};
use crate::ui::data::use_data;
use crate::ui::routes::Ticks;
use crate::ui::state::use_ui;
use chrono::NaiveDate;

/// The renewal section, once the anniversary is known.
#[component]
pub fn Renewal() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let membership = Memo::new(move |_| data.data.with(|d| d.membership.clone()));
    let window = Memo::new(move |_| {
        let readings = data.data.with(|d| d.readings);
        membership.get().and_then(|m| {
            // R22: the membership's one end, the same as on every page.
            let a = offer_end(&m)?;
            renewal_window(a, m.renewal_start, m.offer, &readings).ok()
        })
    });
    move || {
        let lang = ui.lang.get();
        let Some(w) = window.get() else {
            return view! { <p class="card empty-state">{ui.t(Msg::RenewalNeedsDates)}</p> }
                .into_any();
        };
        let m = membership.get().unwrap_or_default();
        view! {
            <section class="card renewal" aria-labelledby="renewal-title">
                <h2 id="renewal-title">{lang.t(Msg::RenewalTitle)} " " <RuleLink rule=RuleId::R4/></h2>
                {m.renewals.last().map(|r| view! { <p class="last-renewal">{fill(lang.t(Msg::RenewLast), &[
                    ("paid", &format_date(lang, r.paid_on)),
                    ("anniversary", &format_date(lang, r.anniversary)),
                    ("expiry", &format_date(lang, r.benefit_expiry)),
                ])}</p> })}
                <Reassignment lang/>
                <RenewalDates lang window=w membership=m.clone()/>
                <p>{lang.t(if m.offer.retired() { Msg::LapseTextLegacy } else { Msg::LapseText })}</p>
                <h3>{lang.t(Msg::StepsTitle)} " " <RuleLink rule=RuleId::R5/></h3>
                <Checklist lang/>
            </section>
        }
        .into_any()
    }
}

/// Where the window stands, and its dates.
#[component]
fn RenewalDates(
    /// The language of the texts.
    lang: Lang,
    /// The renewal window, as the engine explained it.
    window: Explained<RenewalWindow>,
    /// The membership.
    membership: Membership,
) -> impl IntoView {
    let today = use_data().today();
    let program: Offer = membership.offer;
    let Explained { value: w, why } = window;
    let grace = offer_end(&membership).and_then(|a| grace_end(a).ok());
    let reading = why.reading.map(|reading| view! { <ReadingTag reading/> });
    view! {
        <p class="phase" role="status">{renewal_phase_text(lang, &w, today, program)}</p>
        <dl class="dates">
            <dt>{lang.t(Msg::WindowOpens)}</dt><dd class="window-opens">{format_date(lang, w.opens)} " " {reading}</dd>
            <dt>{lang.t(Msg::WindowCloses)}</dt><dd>{format_date(lang, w.closes)} <WhyBox why value=w.closes/></dd>
            <dt>{lang.t(Msg::Reminders)}</dt><dd>{format_date(lang, w.reminder_before)} " · " {format_date(lang, w.reminder_after)}</dd>
            {membership.benefit_expiry.map(|e| view! {
                <dt>{lang.t(Msg::BenefitExpiry)} " " <RuleLink rule=RuleId::R1/></dt>
                <dd>{expiry_text(lang, e, today)} <WhyBox why=redeem_window(e, today).why value=e/></dd>
            })}
            {grace.map(|g| view! {
                <dt>{lang.t(Msg::GraceUntil)} " " <RuleLink rule=RuleId::R3/></dt>
                <dd>{format_date(lang, g.value)} <WhyBox why=g.why value=g.value/></dd>
            })}
        </dl>
    }
}

/// The steps to renew benefits, ticked in the address; finishing records the
/// new anniversary.
#[component]
fn Checklist(
    /// The language of the texts.
    lang: Lang,
) -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let done =
        Memo::new(move |_| query.with(|q| Ticks::from_query(|k| q.get(k), RENEW_BENEFITS.len())));
    let toggle = move |i: usize| {
        let mut ticks = done.get_untracked();
        ticks.toggle(i);
        // The router adds its base to paths given to `navigate` (unlike to hrefs).
        let options = NavigateOptions {
            replace: true,
            scroll: false,
        };
        navigate(&ticks.path(), options);
    };
    let all_done = Signal::derive(move || done.with(|t| t.0.len() >= RENEW_BENEFITS.len()));
    let steps = RENEW_BENEFITS
        .iter()
        .enumerate()
        .map(|(i, &step)| {
            let toggle = toggle.clone();
            let id = format!("step-{i}");
            view! {
                <li><input type="checkbox" id=id.clone() prop:checked=move || done.with(|t| t.0.contains(&i))
                    on:change=move |_| toggle(i)/>
                " " <label for=id>{lang.t(step_text(step))}</label></li>
            }
        })
        .collect_view();
    view! {
        <ol class="checklist">{steps}</ol>
        <RecordRenewal lang all_done/>
    }
}

/// The renewal as it happened: the day it was paid (in the window, R4) and the
/// benefit expiry date it sets (suggested: the new anniversary under the
/// reading followed, R22 or R4; R1), then recorded, so keys can be redeemed
/// again up to the new date.
#[component]
fn RecordRenewal(
    /// The language of the texts.
    lang: Lang,
    /// Whether every step is ticked.
    all_done: Signal<bool>,
) -> impl IntoView {
    let data = use_data();
    // Paid today by default; the expiry follows the suggestion until edited.
    let paid = RwSignal::new(data.today().to_string());
    let expiry = RwSignal::new(String::new());
    let checked = Memo::new(move |_| {
        RenewalDraft {
            paid_on: paid.get(),
            benefit_expiry: expiry.get(),
        }
        .check(data.today())
    });
    let paid_on = Memo::new(move |_| paid.with(|p| crate::model::iso::parse(p.trim())));
    // R25: a retired offer past the cut-off renews into a benefits package.
    let retired = Memo::new(move |_| data.data.with(past_cut_off));
    let package = RwSignal::new(Offer::PartnerSuccessCore);
    let into = move || renews_into(retired.get(), package.get());
    let plan = Memo::new(move |_| {
        let to = into();
        data.data
            .with(|d| paid_on.get().map(|on| plan_renewal(d, on, to)))
    });
    // The plan when the engine allows it: its suggested expiry and anniversary.
    let allowed = Memo::new(move |_| plan.get().and_then(Result::ok));
    follow_suggestion(expiry, allowed);
    let refusal = move || plan.with(|p| p.as_ref().and_then(|p| p.as_ref().err().cloned()));
    let refusal_rule = move || refusal().and_then(|e| e.rule()).unwrap_or(RuleId::R4);
    let error = move |f: F| {
        Signal::derive(move || {
            checked.with(|c| {
                c.as_ref()
                    .err()
                    .and_then(|e| e.get(f))
                    .map(|e| field_problem(f, e))
            })
        })
    };
    let finish = move |_| {
        if let Ok((on, exp)) = checked.get_untracked() {
            let to = into();
            let _ = data.record(
                Msg::ChangeRenewed,
                Facts::Renew {
                    paid_on: on,
                    benefit_expiry: exp,
                    to,
                },
            );
        }
    };
    let label = move || {
        finish_label(
            lang,
            allowed.with(|p| p.as_ref().map(|p| p.anniversary.value)),
        )
    };
    view! {
        <div class="renewal-record" hidden=move || !all_done.get()>
            {move || retired.get().then(|| view! { <PackageChoice lang package/> })}
            <Field id="renew-paid" label=Msg::RenewPaidOn value=paid kind="date" error=error(F::PaidOn)/>
            <Field id="renew-expiry" label=Msg::RenewNewExpiry value=expiry kind="date" error=error(F::NewExpiry)/>
            {move || allowed.get().map(|p| view! { <SuggestedExpiry lang plan=p/> })}
            {move || refusal().map(|e| view! { <p class="field-error" role="alert">{change_error_text(lang, &e)} " " <RuleLink rule=refusal_rule()/></p> })}
        </div>
        <p class="actions">
            <button type="button" disabled=move || !all_done.get() || checked.with(Result::is_err) || refusal().is_some() on:click=finish>
                {label}
            </button>
        </p>
    }
}

/// Keep the expiry field on the engine's suggestion while the admin has not
/// edited it (empty, or still the previous suggestion).
fn follow_suggestion(expiry: RwSignal<String>, allowed: Memo<Option<RenewalPlan>>) {
    Effect::new(move |before: Option<Option<chrono::NaiveDate>>| {
        let now = allowed.with(|p| p.as_ref().map(|p| p.benefit_expiry.value));
        let shown = expiry.get_untracked();
        let untouched =
            shown.is_empty() || before.flatten().is_some_and(|b| b.to_string() == shown);
        if let (true, Some(d)) = (untouched, now) {
            expiry.set(d.to_string());
        }
        now
    });
}

/// The finishing button's words, with the new anniversary when it is known.
fn finish_label(lang: Lang, anniversary: Option<chrono::NaiveDate>) -> String {
    match anniversary {
        Some(d) => fill(
            lang.t(Msg::RenewalFinish),
            &[("date", &format_date(lang, d))],
        ),
        None => lang.t(Msg::RenewalFinishPlain).to_owned(),
    }
}

/// R25: whether the membership's offer is retired and its anniversary past
/// the cut-off, so it renews only into a benefits package.
fn past_cut_off(d: &crate::model::Dataset) -> bool {
    d.membership.as_ref().is_some_and(|m| {
        offer_end(m).is_some_and(|a| renewability(m.offer, a).value == Renewability::Retired)
    })
}

/// The offer a renewal goes into: the package chosen for a retired offer
/// past the cut-off (R25), else the same offer.
fn renews_into(retired: bool, package: Offer) -> Offer {
    if retired {
        return package;
    }
    use_data()
        .data
        .with(|d| d.membership.as_ref().map(|m| m.offer).unwrap_or_default())
}

/// R25: the benefits package a retired offer moves to at renewal.
#[component]
fn PackageChoice(
    /// The language of the texts.
    lang: Lang,
    /// The package chosen.
    package: RwSignal<Offer>,
) -> impl IntoView {
    let options = SUCCESSORS
        .iter()
        .map(|o| {
            let o = *o;
            view! { <option value=format!("{o:?}") selected=move || package.get() == o>{lang.t(crate::i18n::offer_label(o))}</option> }
        })
        .collect_view();
    view! {
        <p class="field"><label for="renew-package">{lang.t(Msg::RenewIntoPackage)}</label> " " <RuleLink rule=RuleId::R25/>
            <select id="renew-package" on:change=move |ev| {
                let v = event_target_value(&ev);
                if let Some(o) = SUCCESSORS.iter().find(|o| format!("{o:?}") == v) {
                    package.set(*o);
                }
            }>{options}</select></p>
    }
}

/// R27: after a renewal moved off a legacy offer, the one reassignment of
/// seats and credits, until it is marked done.
#[component]
fn Reassignment(
    /// The language of the texts.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let due = Memo::new(move |_| {
        data.data.with(|d| {
            crate::ledger::change::reassignment_due(d)?;
            let m = d.membership.as_ref()?;
            Some((m.renewals.last()?.from_offer?, m.offer))
        })
    });
    let done = move |_| {
        let today = data.today();
        let _ = data.record(Msg::ChangeReassigned, Facts::MarkReassigned { on: today });
    };
    move || {
        due.get().map(|(from, to)| {
            let text = fill(
                lang.t(Msg::RenewReassignDue),
                &[
                    ("from", lang.t(crate::i18n::offer_label(from))),
                    ("to", lang.t(crate::i18n::offer_label(to))),
                ],
            );
            view! {
                <p class="notice warning reassign-due" role="status">{text} " " <RuleLink rule=RuleId::R27/></p>
                <p class="actions"><button type="button" class="secondary" on:click=done>{lang.t(Msg::RenewReassignDone)}</button></p>
            }
        })
    }
}

/// Where the suggested new benefit expiry date comes from: 30 days after the
/// new anniversary (R22), which is counted under the reading followed (an
/// estimate, R22 or R4).
#[component]
fn SuggestedExpiry(
    /// The language of the texts.
    lang: Lang,
    /// The renewal as the engine planned it.
    plan: RenewalPlan,
) -> impl IntoView {
    let anniversary = plan.anniversary;
    let fact = |n: crate::rules::FactName| {
        anniversary
            .why
            .facts
            .iter()
            .find(|f| f.name == n)
            .and_then(|f| match f.value {
                crate::rules::FactValue::Date(d) => Some(format_date(lang, d)),
                _ => None,
            })
    };
    let how = match anniversary.why.rule {
        RuleId::R4 => fill(
            lang.t(Msg::NewAnniversaryR4),
            &[(
                "old",
                &fact(crate::rules::FactName::Anniversary).unwrap_or_default(),
            )],
        ),
        _ => fill(
            lang.t(Msg::NewAnniversaryR22),
            &[(
                "paid",
                &fact(crate::rules::FactName::PaidOn).unwrap_or_default(),
            )],
        ),
    };
    let expiry = plan.benefit_expiry;
    let note = fill(
        lang.t(Msg::RenewExpiryDefault),
        &[
            ("date", &format_date(lang, expiry.value)),
            ("anniversary", &format_date(lang, anniversary.value)),
            ("how", &how),
        ],
    );
    view! {
        <p class="muted suggested-expiry">{note} " " {anniversary.why.reading.map(|reading| view! { <ReadingTag reading/> })} " " <RuleLink rule=RuleId::R22/></p>
    }
}

/// The benefit expiry date and where today stands against it (R1).
fn expiry_text(lang: Lang, expiry: NaiveDate, today: NaiveDate) -> String {
    let (msg, days) = match redeem_window(expiry, today).value {
        RedeemWindow::Open { days_left } => (Msg::ExpiryOpen, days_left),
        RedeemWindow::LastDay => (Msg::ExpiryLastDay, 0),
        RedeemWindow::Closed { days_ago } => (Msg::ExpiryClosed, days_ago),
    };
    fill(
        lang.t(msg),
        &[
            ("date", &format_date(lang, expiry)),
            ("days", &format_days(lang, days)),
        ],
    )
}
