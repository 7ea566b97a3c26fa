//! The membership form: program, country and the three dates, a
//! [`MembershipDraft`] checked at each field.

use leptos::prelude::*;

use crate::i18n::{Msg, program_label};
use crate::model::ProgramLevel;
use crate::model::change::save_membership;
use crate::model::form::MembershipDraft;
use crate::model::validate::Field as F;
use crate::ui::components::form::{Field, problem_of, problems_after_submit};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

const PROGRAMS: [(ProgramLevel, &str); 3] = [
    (ProgramLevel::ActionPack, "action-pack"),
    (ProgramLevel::Silver, "silver"),
    (ProgramLevel::Gold, "gold"),
];

/// Program, country and dates of the membership.
#[component]
pub fn MembershipForm() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let start = data
        .data
        .with_untracked(|d| d.membership.as_ref().map(MembershipDraft::of))
        .unwrap_or_default();
    let program = RwSignal::new(start.program);
    let country = RwSignal::new(start.country);
    let anniversary = RwSignal::new(start.anniversary);
    let renewal_start = RwSignal::new(start.renewal_start);
    let expiry = RwSignal::new(start.benefit_expiry);
    let tried = RwSignal::new(false);
    let check = move || {
        MembershipDraft {
            program: program.get(),
            country: country.get(),
            anniversary: anniversary.get(),
            renewal_start: renewal_start.get(),
            benefit_expiry: expiry.get(),
        }
        .check()
    };
    let errors = problems_after_submit(tried, move || check().err());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Ok(fields) = untrack(check) else { return };
        data.change(Msg::ChangeMembershipSaved, |d| save_membership(d, fields));
        tried.set(false);
    };
    view! {
        <form class="card membership-form" on:submit=on_submit novalidate>
            <h2>{ui.t(Msg::MembershipFormTitle)}</h2>
            <p class="field"><label for="program">{ui.t(Msg::ProgramLevel)}</label>
                <select id="program" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    program.set(PROGRAMS.iter().find(|p| p.1 == v).map_or(ProgramLevel::ActionPack, |p| p.0));
                }>
                    {PROGRAMS.map(|(p, value)| view! { <option value=value selected=move || program.get() == p>{ui.t(program_label(p))}</option> })}
                </select></p>
            <Field id="country" label=Msg::Country value=country error=Signal::derive(|| None)/>
            <Field id="anniversary" label=Msg::Anniversary value=anniversary kind="date" error=problem_of(errors, F::Anniversary)/>
            <Field id="renewal-start" label=Msg::RenewalStart value=renewal_start kind="date" error=problem_of(errors, F::RenewalStart)/>
            <Field id="benefit-expiry" label=Msg::BenefitExpiry value=expiry kind="date" error=problem_of(errors, F::BenefitExpiry)/>
            <p class="actions"><button type="submit">{ui.t(Msg::MembershipSave)}</button></p>
        </form>
    }
}
