//! The renewal window (R4) with its dates, the benefit expiry (R1) and grace
//! (R3), and the Partner Center steps (R5) as a checklist kept in the address.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::i18n::words::{change_error_text, expiry_text, renewal_phase_text};
use crate::i18n::{Lang, Msg, field_problem, fill, format_date, step_text};
use crate::model::change::{plan_renewal, record_renewal};
use crate::model::form::RenewalDraft;
use crate::model::validate::Field as F;
use crate::model::{Membership, Offer};
use crate::rules::RuleId;
use crate::rules::membership::{RenewalWindow, grace_end, redeem_window, renewal_window};
use crate::rules::steps::RENEW_BENEFITS;
use crate::ui::components::form::Field;
use crate::ui::components::{RuleLink, WhyBox};
use crate::ui::data::use_data;
use crate::ui::routes::Ticks;
use crate::ui::state::use_ui;

/// The renewal section, once the anniversary is known.
#[component]
pub fn Renewal() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let membership = Memo::new(move |_| data.data.with(|d| d.membership.clone()));
    let window = Memo::new(move |_| {
        membership.get().and_then(|m| {
            let a = m.anniversary?;
            renewal_window(a, m.renewal_start, m.offer)
                .ok()
                .map(|w| (w.value, m.offer))
        })
    });
    move || {
        let lang = ui.lang.get();
        let Some((w, program)) = window.get() else {
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
                <RenewalDates lang window=w program membership=m/>
                <p>{lang.t(Msg::LapseText)}</p>
                <h3>{lang.t(Msg::StepsTitle)} " " <RuleLink rule=RuleId::R5/></h3>
                <Checklist lang window=w/>
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
    /// The renewal window.
    window: RenewalWindow,
    /// The program level (an Action Pack renews only after it expires).
    program: Offer,
    /// The membership.
    membership: Membership,
) -> impl IntoView {
    let today = use_data().today;
    let w = window;
    let grace = membership.anniversary.and_then(|a| grace_end(a).ok());
    let window_why = membership
        .anniversary
        .and_then(|a| renewal_window(a, membership.renewal_start, program).ok())
        .map(|w| w.why);
    view! {
        <p class="phase" role="status">{renewal_phase_text(lang, &w, today, program)}</p>
        <dl class="dates">
            <dt>{lang.t(Msg::WindowOpens)}</dt><dd>{format_date(lang, w.opens)}</dd>
            <dt>{lang.t(Msg::WindowCloses)}</dt><dd>{format_date(lang, w.closes)} {window_why.map(|why| view! { <WhyBox why value=w.closes/> })}</dd>
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
    /// The renewal window (its new anniversary).
    window: RenewalWindow,
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
            ..Default::default()
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
        <RecordRenewal lang window all_done/>
    }
}

/// The renewal as it happened: the day it was paid (in the window, R4) and the
/// benefit expiry date it sets (suggested: the new anniversary; R1), then
/// recorded, so keys can be redeemed again up to the new date.
#[component]
fn RecordRenewal(
    /// The language of the texts.
    lang: Lang,
    /// The renewal window (its new anniversary).
    window: RenewalWindow,
    /// Whether every step is ticked.
    all_done: Signal<bool>,
) -> impl IntoView {
    let data = use_data();
    let old = data
        .data
        .with_untracked(|d| d.membership.as_ref().and_then(|m| m.anniversary));
    // Paid today by default; the expiry suggested from R4; both editable.
    let paid = RwSignal::new(data.today.to_string());
    let expiry = RwSignal::new(window.new_anniversary.to_string());
    let checked = Memo::new(move |_| {
        RenewalDraft {
            paid_on: paid.get(),
            benefit_expiry: expiry.get(),
        }
        .check(data.today)
    });
    let refusal = Memo::new(move |_| {
        let (on, _) = checked.get().ok()?;
        data.data.with(|d| plan_renewal(d, on)).err()
    });
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
            let _ = data.try_change(Msg::ChangeRenewed, |d| record_renewal(d, on, exp));
        }
    };
    let note = fill(
        lang.t(Msg::RenewExpiryDefault),
        &[
            ("date", &format_date(lang, window.new_anniversary)),
            (
                "old",
                &old.map(|o| format_date(lang, o)).unwrap_or_default(),
            ),
        ],
    );
    view! {
        <div class="renewal-record" hidden=move || !all_done.get()>
            <Field id="renew-paid" label=Msg::RenewPaidOn value=paid kind="date" error=error(F::PaidOn)/>
            <Field id="renew-expiry" label=Msg::RenewNewExpiry value=expiry kind="date" error=error(F::NewExpiry)/>
            <p class="muted">{note} " " <RuleLink rule=RuleId::R4/> " " <RuleLink rule=RuleId::R1/></p>
            {move || refusal.get().map(|e| view! { <p class="field-error" role="alert">{change_error_text(lang, &e)} " " <RuleLink rule=RuleId::R4/></p> })}
        </div>
        <p class="actions">
            <button type="button" disabled=move || !all_done.get() || checked.with(Result::is_err) || refusal.with(Option::is_some) on:click=finish>
                {fill(lang.t(Msg::RenewalFinish), &[("date", &format_date(lang, window.new_anniversary))])}
            </button>
        </p>
    }
}
