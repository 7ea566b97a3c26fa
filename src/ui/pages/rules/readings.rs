//! "Readings": where two sources disagree (RULES.md names three such
//! questions), the user picks which one the app follows. Each option shows the
//! date (or the move) it gives on a worked example, computed by the engine;
//! the choice is stored with the data and travels in backups.

use crate::ledger::Facts;
use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::words::change_error_text;
use crate::i18n::{Lang, Msg, fill, format_date};
use crate::model::Offer;
use crate::rules::RuleId;
use crate::rules::azure::enrollment_year_end;
use crate::rules::membership::{new_anniversary, renewal_window};
use crate::rules::readings::{Question, Readings};
use crate::ui::components::RuleLink;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// The Readings section: one group of two choices per question.
#[component]
pub fn ReadingsSection() -> impl IntoView {
    let ui = use_ui();
    let questions = move || {
        let lang = ui.lang.get();
        Question::ALL
            .map(|question| view! { <ReadingChoice question lang/> })
            .collect_view()
    };
    view! {
        <section id="readings" class="card readings" tabindex="-1" aria-labelledby="readings-title">
            <h2 id="readings-title">{move || ui.t(Msg::ReadingsTitle)}</h2>
            <p>{move || ui.t(Msg::ReadingsIntro)}</p>
            {questions}
        </section>
    }
}

/// One question: its two readings as radio buttons, the default first.
#[component]
fn ReadingChoice(
    /// The question.
    question: Question,
    /// The language of the texts.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let chosen = Memo::new(move |_| data.data.with(|d| d.readings.get(question)));
    let error = RwSignal::new(None::<String>);
    let pick = move |rule: RuleId| {
        let done = data.record(Msg::ChangeReading, Facts::SetReading { question, rule });
        error.set(done.err().map(|e| change_error_text(lang, &e)));
    };
    let id = format!("reading-{}", question.as_str());
    let options = question
        .options()
        .into_iter()
        .enumerate()
        .map(|(i, rule)| {
            let input = format!("{id}-{}", rule.as_str().to_ascii_lowercase());
            let default = (i == 0).then(|| view! { " " <span class="tag">{lang.t(Msg::ReadingDefault)}</span> });
            view! {
                <li>
                    <input type="radio" id=input.clone() name=id.clone() value=rule.as_str()
                        prop:checked=move || chosen.get() == rule on:change=move |_| pick(rule)/>
                    " " <label for=input><strong>{rule.as_str()}</strong> {default} " " {option_text(lang, question, rule)}</label>
                    " " <RuleLink rule/>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset id=id.clone() class="reading" tabindex="-1">
            <legend>{lang.t(question_title(question))}</legend>
            <ul class="reading-options">{options}</ul>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        </fieldset>
    }
}

/// The question, as the group's legend.
fn question_title(q: Question) -> Msg {
    match q {
        Question::NewAnniversary => Msg::ReadingAnniversary,
        Question::WindowOpens => Msg::ReadingWindow,
        Question::BulkMove => Msg::ReadingBulk,
    }
}

/// One reading in words, with what it gives on the worked example (an
/// anniversary of 30 June 2026; paid, or credit given, on 10 July 2026 or 10
/// January 2026), computed by the engine under that reading.
fn option_text(lang: Lang, q: Question, rule: RuleId) -> String {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default();
    let date = |x: NaiveDate| format_date(lang, x);
    let mut r = Readings::default();
    r.set(q, rule);
    let anniversary = d(2026, 6, 30);
    let (msg, values): (Msg, Vec<(&str, String)>) = match (q, rule) {
        (Question::NewAnniversary, _) => {
            let paid = d(2026, 7, 10);
            let new = new_anniversary(anniversary, paid, &r).map(|e| e.value);
            let msg = if rule == RuleId::R4 {
                Msg::ReadingAnniversaryR4
            } else {
                Msg::ReadingAnniversaryR22
            };
            (
                msg,
                vec![
                    ("a", date(anniversary)),
                    ("paid", date(paid)),
                    ("new", new.map(date).unwrap_or_default()),
                ],
            )
        }
        (Question::WindowOpens, _) => {
            let w = renewal_window(anniversary, None, Offer::SolutionsPartner, &r)
                .map(|w| w.value.opens);
            let msg = if rule == RuleId::R23 {
                Msg::ReadingWindowR23
            } else {
                Msg::ReadingWindowR4
            };
            (
                msg,
                vec![
                    ("a", date(anniversary)),
                    ("opens", w.map(date).unwrap_or_default()),
                ],
            )
        }
        (Question::BulkMove, _) => {
            let given = d(2026, 1, 10);
            let end = enrollment_year_end(given, anniversary).unwrap_or(anniversary);
            let msg = if rule == RuleId::R11 {
                Msg::ReadingBulkR11
            } else {
                Msg::ReadingBulkR21
            };
            (
                msg,
                vec![
                    ("given", date(given)),
                    ("end", date(end)),
                    ("after", end.succ_opt().map(date).unwrap_or_default()),
                ],
            )
        }
    };
    let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(lang.t(msg), &pairs)
}
