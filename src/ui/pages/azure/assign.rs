//! Giving a credit to a user: choose the user, say which offers they already
//! have, then the check of R11 and, when it passes, the assignment (or the
//! transfer, for bulk credit someone already holds).

use crate::ledger::Facts;
use leptos::prelude::*;

use crate::i18n::words::{change_error_text, credit_title, offer_name};
use crate::i18n::{Lang, Msg, fill};
use crate::ledger::change::ChangeError;
use crate::model::form::DayDraft;
use crate::model::{AzureOffer, CreditKind};
use crate::rules::RuleId;
use crate::ui::components::form::{Field, day_problem};
use crate::ui::components::{RuleLink, UserPicker};
use crate::ui::data::use_data;
use crate::ui::routes::CreditStep;
use crate::ui::state::use_ui;

/// The flow for credit `credit`, at the step the address says.
#[component]
pub fn AssignFlow(
    /// The credit being given.
    credit: u64,
    /// The user chosen, once chosen.
    user: Option<u64>,
    /// Moves the flow to a step.
    go: Callback<CreditStep>,
    /// The page's message line.
    said: RwSignal<Option<String>>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let lang = ui.lang.get_untracked();
    let Some(c) = data
        .data
        .with_untracked(|d| d.credits.iter().find(|c| c.id == credit).cloned())
    else {
        return view! { <p class="card empty-state">{lang.t(Msg::CreditGone)}</p> }.into_any();
    };
    let heading = if c.assignee.is_some() && c.kind == CreditKind::Bulk {
        Msg::CreditTransferTitle
    } else {
        Msg::CreditAssignTitle
    };
    let title = fill(lang.t(heading), &[("credit", &credit_title(lang, &c))]);
    view! {
        <section class="card assign-flow" aria-labelledby="assign-title">
            <h2 id="assign-title">{title} " " <RuleLink rule=RuleId::R11/></h2>
            <ol class="flow-steps">
                <li aria-current=user.is_none().then_some("step")>
                    <ChooseUser credit holder=c.assignee user go lang/>
                </li>
                {user.map(|u| view! {
                    <li aria-current="step"><OffersCheck credit user=u go said lang/></li>
                })}
            </ol>
        </section>
    }
    .into_any()
}

/// Step 1: who gets the credit (anyone but its holder).
#[component]
fn ChooseUser(
    /// The credit being given.
    credit: u64,
    /// Who holds it now.
    holder: Option<u64>,
    /// The user chosen before, if any.
    user: Option<u64>,
    /// Moves the flow to a step.
    go: Callback<CreditStep>,
    /// The language of the texts.
    lang: Lang,
) -> impl IntoView {
    let picked = RwSignal::new(user);
    let next = move |_| {
        if let Some(u) = picked.get_untracked() {
            go.run(CreditStep {
                credit: Some(credit),
                user: Some(u),
            });
        }
    };
    view! {
        <p class="inline-form">
            <UserPicker id="credit-user" label=Msg::CreditWho chosen=picked taken=Signal::derive(move || holder.into_iter().collect()) none=Msg::VsChooseUser/>
            <button type="button" on:click=next>{lang.t(Msg::WzNext)}</button>
            <button type="button" class="secondary" on:click=move |_| go.run(CreditStep::default())>{lang.t(Msg::Cancel)}</button>
        </p>
    }
}

/// Step 2: the user's other offers, then R11's check. What the admin says about
/// the offers is kept either way.
#[component]
fn OffersCheck(
    /// The credit being given.
    credit: u64,
    /// To whom.
    user: u64,
    /// Moves the flow to a step.
    go: Callback<CreditStep>,
    /// The page's message line.
    said: RwSignal<Option<String>>,
    /// The language of the texts.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let known = data.data.with_untracked(|d| {
        d.users
            .iter()
            .find(|x| x.id == user)
            .map(|x| x.offers.clone())
            .unwrap_or_default()
    });
    let ticked = RwSignal::new(known);
    let refusal = RwSignal::new(None::<ChangeError>);
    // History from before the app: the day it was given in Partner Center.
    let day = RwSignal::new(data.today().to_string());
    let given = Memo::new(move |_| DayDraft(day.get()).check(data.today()));
    let check = move |_| {
        let Ok(on) = given.get_untracked() else {
            return;
        };
        let offers = ticked.get_untracked();
        let _ = data.record(Msg::ChangeOffersSaved, Facts::SetOffers { user, offers });
        match data.record(
            Msg::ChangeCreditAssigned,
            Facts::GiveCredit { credit, user, on },
        ) {
            Ok(()) => {
                refusal.set(None);
                said.set(Some(lang.t(Msg::CreditAssignedNext).to_owned()));
                go.run(CreditStep::default());
            }
            Err(e) => refusal.set(Some(e)),
        }
    };
    let toggle = move |offer: AzureOffer| {
        ticked.update(|t| match t.iter().position(|x| *x == offer) {
            Some(i) => {
                t.remove(i);
            }
            None => t.push(offer),
        })
    };
    view! {
        <fieldset>
            <legend>{lang.t(Msg::CreditOffersQuestion)}</legend>
            {AzureOffer::ALL.map(|offer| view! {
                <label><input type="checkbox" prop:checked=move || ticked.with(|t| t.contains(&offer))
                    on:change=move |_| toggle(offer)/> " " {lang.t(offer_name(offer))}</label>
            }).collect_view()}
        </fieldset>
        <Field id="credit-on" label=Msg::GivenOn value=day kind="date" error=day_problem(given)/>
        <p class="actions"><button type="button" disabled=move || given.with(Result::is_err) on:click=check>{lang.t(Msg::CreditCheck)}</button></p>
        {move || refusal.get().map(|e| view! { <p class="refused" role="alert">{change_error_text(lang, &e)} {e.rule().map(|rule| view! { " " <RuleLink rule/> })}</p> })}
    }
}
