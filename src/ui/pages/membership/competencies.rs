//! The competencies a partner holds: they set the default Visual Studio seats
//! (R14) and whether signature cloud support is unlimited (R16).

use crate::ledger::Facts;
use leptos::prelude::*;

use crate::i18n::{Msg, fill};
use crate::model::CompetencyLevel;
use crate::model::form::CompetencyDraft;
use crate::model::validate::Field as F;
use crate::rules::RuleId;
use crate::ui::components::RuleLink;
use crate::ui::components::form::{Field, problem_of, problems_after_submit};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// The list of competencies and the form that adds one.
#[component]
pub fn Competencies() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    view! {
        <section class="card competencies" aria-labelledby="comp-title">
            <h2 id="comp-title">{ui.t(Msg::CompTitle)} " " <RuleLink rule=RuleId::R14/> " " <RuleLink rule=RuleId::R16/></h2>
            <p>{ui.t(Msg::CompText)}</p>
            <Show when=move || data.data.with(|d| d.membership.as_ref().is_some_and(|m| !m.competencies.is_empty()))
                fallback=move || view! { <p class="muted">{ui.t(Msg::CompNone)}</p> }>
                <CompetencyList/>
            </Show>
            <AddCompetency/>
        </section>
    }
}

/// Each competency with its level, and a remove button (with Undo).
#[component]
fn CompetencyList() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let rows = move || {
        let lang = ui.lang.get();
        data.data.with(|d| {
            d.membership
                .iter()
                .flat_map(|m| m.competencies.iter().enumerate())
                .map(|(i, c)| {
                    let level = lang.t(if c.level == CompetencyLevel::Gold { Msg::CompGold } else { Msg::CompSilver });
                    let remove = move |_| {
                        let _ = data.record(Msg::ChangeCompetencyRemoved, Facts::RemoveCompetency { index: i });
                    };
                    let label = fill(lang.t(Msg::VsRemoveUserNamed), &[("name", &c.name)]);
                    view! {
                        <li>
                            <span><strong>{c.name.clone()}</strong> " · " {level}
                                {c.cloud.then(|| format!(" · {}", lang.t(Msg::CompCloud)))}</span>
                            <button type="button" class="secondary small" on:click=remove aria-label=label>{lang.t(Msg::VsRemoveUser)}</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! { <ul class="comp-list">{rows}</ul> }
}

/// Adding a competency: a [`CompetencyDraft`] checked.
#[component]
fn AddCompetency() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let name = RwSignal::new(String::new());
    let (gold, cloud) = (RwSignal::new(false), RwSignal::new(false));
    let tried = RwSignal::new(false);
    let check = move || {
        CompetencyDraft {
            name: name.get(),
            gold: gold.get(),
            cloud: cloud.get(),
        }
        .check()
    };
    let errors = problems_after_submit(tried, move || check().err());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Ok(c) = untrack(check) else { return };
        let _ = data.record(
            Msg::ChangeCompetencyAdded,
            Facts::AddCompetency { competency: c },
        );
        name.set(String::new());
        gold.set(false);
        cloud.set(false);
        tried.set(false);
    };
    view! {
        <form class="comp-form" on:submit=on_submit novalidate>
            <Field id="comp-name" label=Msg::CompName value=name error=problem_of(errors, F::Name)/>
            <p class="inline-form">
                <label><input type="checkbox" prop:checked=gold on:change=move |ev| gold.set(event_target_checked(&ev))/> " " {ui.t(Msg::CompGoldLabel)}</label>
                <label><input type="checkbox" prop:checked=cloud on:change=move |ev| cloud.set(event_target_checked(&ev))/> " " {ui.t(Msg::CompCloudLabel)}</label>
            </p>
            <p class="actions"><button type="submit">{ui.t(Msg::CompAdd)}</button></p>
        </form>
    }
}
