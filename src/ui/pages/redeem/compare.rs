//! Step 4: every way side by side — new, add (R7), extend (R8) — with what each
//! gives, how it moves the end date, the license-days before and after, and a
//! small timeline; refused ones say why and name their own rule.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::{Go, StepButtons, plan};
use crate::i18n::format_days;
use crate::i18n::words::{mode_name, refusal_text};
use crate::i18n::{Lang, Msg, fill, format_date};
use crate::model::RedemptionMode;
use crate::rules::RuleId;
use crate::rules::dates::days_between;
use crate::rules::keys::{RedemptionOption, Refusal};
use crate::ui::components::{RuleLink, WhyBox};
use crate::ui::data::use_data;
use crate::ui::routes::{Choice, Page, Step, mode_slug};
use crate::ui::state::use_ui;

/// The options for the choice so far.
#[component]
pub fn CompareStep(
    /// What was chosen so far.
    choice: Choice,
    /// Moves on.
    go: Go,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today();
    let cards = move || {
        let lang = ui.lang.get();
        let Some(p) = data.data.with(|d| plan(d, &choice, today)) else {
            return view! { <p class="card empty-state">{lang.t(Msg::WzGone)}</p> }.into_any();
        };
        let before = p.subscription.as_ref().map(|s| s.end);
        let onto = p.subscription.as_ref().map(|s| {
            let text = fill(
                lang.t(Msg::WzOnto),
                &[
                    ("licenses", &s.licenses.to_string()),
                    ("date", &format_date(lang, s.end)),
                ],
            );
            format!(" {text}")
        });
        let c = choice.clone();
        let list = p
            .options
            .into_iter()
            .map(|option| view! { <OptionCard option lang today before choice=c.clone() go/> })
            .collect_view();
        view! {
            <h2 class="wizard-summary">{fill(lang.t(Msg::WzComparing), &[
                ("product", &p.key.product),
                ("count", &p.key.licenses.to_string()),
            ])} {onto}</h2>
            <div class="options">{list}</div>
        }
        .into_any()
    };
    view! {
        <div class="wizard-step">
            {cards}
            <StepButtons next=None ready=Signal::derive(|| false)/>
        </div>
    }
}

/// One way to redeem: its result and a button to choose it, or why it is refused.
#[component]
fn OptionCard(
    /// The way and its result.
    option: RedemptionOption,
    /// The language of its texts.
    lang: Lang,
    /// Today.
    today: NaiveDate,
    /// The subscription's end date before, if there is one.
    before: Option<NaiveDate>,
    /// What was chosen so far.
    choice: Choice,
    /// Moves on.
    go: Go,
) -> impl IntoView {
    let mode = option.mode;
    let rule = match (&option.result, mode) {
        (Err(r), _) => r.rule(),
        (Ok(_), RedemptionMode::Extend) => RuleId::R8,
        _ => RuleId::R7,
    };
    let allowed = option.result.is_ok();
    let body = match option.result {
        Ok(e) => {
            let out = e.value;
            let before = before.filter(|_| mode != RedemptionMode::New);
            let mut c = choice;
            c.mode = Some(mode);
            view! {
                <p class="result">{fill(lang.t(Msg::WzResult), &[("licenses", &out.licenses.to_string()), ("date", &format_date(lang, out.end))])}</p>
                {before.map(|b| view! { <p>{shift_text(lang, b, out.end)}</p> })}
                <p class="muted">{fill(lang.t(Msg::WzLicenseDays), &[("before", &out.license_days_before.to_string()), ("after", &out.license_days_after.to_string())])}</p>
                <WhyBox why=e.why value=out.end/>
                <Timeline today before after=out.end/>
                <p><button type="button" on:click=move |_| go.run((Step::Confirm, c.clone()))>{lang.t(Msg::OptionChoose)}</button></p>
            }
            .into_any()
        }
        Err(r) => view! {
            <p class="refused">{refusal_text(lang, r)}
                {(r == Refusal::NoBenefitExpiry).then(|| view! { " " <a href=use_ui().href(Page::Membership.path())>{lang.t(Msg::NavMembership)}</a> })}</p>
            <p><button type="button" disabled=true>{lang.t(Msg::OptionChoose)}</button></p>
        }
        .into_any(),
    };
    view! {
        <div class="card option" data-mode=mode_slug(mode) data-allowed=allowed.to_string()>
            <h3>{lang.t(mode_name(mode))} " " <RuleLink rule/></h3>
            {body}
        </div>
    }
}

/// A before/after picture of the end date, from today: the bar's length is time.
#[component]
fn Timeline(
    /// Where the bars start.
    today: NaiveDate,
    /// The end date before, if there is one.
    before: Option<NaiveDate>,
    /// The end date after.
    after: NaiveDate,
) -> impl IntoView {
    let ui = use_ui();
    let last = before.map_or(after, |b| b.max(after));
    // Whole units of the 300-wide picture: no floating-point formatting code.
    let span = days_between(today, last).max(1);
    let x = move |d: NaiveDate| 4 + 288 * days_between(today, d).clamp(0, span) / span;
    let label = move || {
        let lang = ui.lang.get();
        let after_text = fill(
            lang.t(Msg::WzTimelineAfter),
            &[("date", &format_date(lang, after))],
        );
        match before {
            Some(b) => {
                let before_text = fill(
                    lang.t(Msg::WzTimelineBefore),
                    &[("date", &format_date(lang, b))],
                );
                format!("{before_text} {after_text}")
            }
            None => after_text,
        }
    };
    view! {
        <svg class="mini-timeline" viewBox="0 0 300 44" role="img" aria-label=label>
            <line x1="4" y1="2" x2="4" y2="42" class="tl-today"/>
            {before.map(|b| view! { <rect x="4" y="6" height="12" rx="2" width=(x(b) - 4).max(1).to_string() class="tl-before"/> })}
            <rect x="4" y="26" height="12" rx="2" width=(x(after) - 4).max(1).to_string() class="tl-after"/>
        </svg>
    }
}

/// How a way of redeeming moves the end date, in days and months.
fn shift_text(lang: Lang, before: NaiveDate, after: NaiveDate) -> String {
    let n = days_between(before, after);
    // Tenths of an average month (30.44 days), rounded, in whole numbers: no
    // floating-point formatting code in the bundle.
    let tenths = (n.unsigned_abs() * 1000 + 1522) / 3044;
    let months = format!("{}.{}", tenths / 10, tenths % 10);
    let msg = match n {
        0 => return lang.t(Msg::WzSameEnd).to_owned(),
        n if n > 0 => Msg::WzLater,
        _ => Msg::WzEarlier,
    };
    fill(
        lang.t(msg),
        &[("days", &format_days(lang, n.abs())), ("months", &months)],
    )
}
