//! The renewal window (R4) with its dates, the benefit expiry (R1) and grace
//! (R3), and the Partner Center steps (R5) as a checklist kept in the address.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::i18n::words::{expiry_text, renewal_phase_text};
use crate::i18n::{Lang, Msg, fill, format_date, step_text};
use crate::model::change::record_renewal;
use crate::model::{Membership, ProgramLevel};
use crate::rules::RuleId;
use crate::rules::membership::{RenewalWindow, grace_end, renewal_window};
use crate::rules::steps::RENEW_BENEFITS;
use crate::ui::components::RuleLink;
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
            renewal_window(a, m.renewal_start, m.program)
                .ok()
                .map(|w| (w.value, m.program))
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
    program: ProgramLevel,
    /// The membership.
    membership: Membership,
) -> impl IntoView {
    let today = use_data().today;
    let w = window;
    let grace = membership
        .anniversary
        .and_then(|a| grace_end(a).ok())
        .map(|g| g.value);
    view! {
        <p class="phase" role="status">{renewal_phase_text(lang, &w, today, program)}</p>
        <dl class="dates">
            <dt>{lang.t(Msg::WindowOpens)}</dt><dd>{format_date(lang, w.opens)}</dd>
            <dt>{lang.t(Msg::WindowCloses)}</dt><dd>{format_date(lang, w.closes)}</dd>
            <dt>{lang.t(Msg::Reminders)}</dt><dd>{format_date(lang, w.reminder_before)} " · " {format_date(lang, w.reminder_after)}</dd>
            {membership.benefit_expiry.map(|e| view! {
                <dt>{lang.t(Msg::BenefitExpiry)} " " <RuleLink rule=RuleId::R1/></dt>
                <dd>{expiry_text(lang, e, today)}</dd>
            })}
            {grace.map(|g| view! {
                <dt>{lang.t(Msg::GraceUntil)} " " <RuleLink rule=RuleId::R3/></dt>
                <dd>{format_date(lang, g)}</dd>
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
    let data = use_data();
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
    let finish = move |_| {
        let _ = data.try_change(Msg::ChangeRenewed, |d| {
            record_renewal(d, window.new_anniversary)
        });
    };
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
        <p class="actions">
            <button type="button" disabled=move || done.with(|t| t.0.len() < RENEW_BENEFITS.len()) on:click=finish>
                {fill(lang.t(Msg::RenewalFinish), &[("date", &format_date(lang, window.new_anniversary))])}
            </button>
        </p>
    }
}
