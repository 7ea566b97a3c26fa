//! Step 2: whose tenant. A customer's is refused with its reason (R10).

use leptos::prelude::*;

use super::{Go, StepButtons};
use crate::i18n::Msg;
use crate::i18n::words::refusal_text;
use crate::ledger::change::Target;
use crate::model::TenantOwner;
use crate::rules::keys::Refusal;
use crate::ui::components::RuleLink;
use crate::ui::components::form::Radio;
use crate::ui::data::use_data;
use crate::ui::routes::{Choice, Step};
use crate::ui::state::use_ui;

/// Whose tenant the key goes to, and its name.
#[component]
pub fn TenantStep(
    /// What was chosen so far.
    choice: Choice,
    /// Moves on.
    go: Go,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let owner = RwSignal::new(choice.owner);
    // An existing subscription's tenant is the likely answer.
    let start = if choice.tenant.is_empty() {
        data.data.with_untracked(|d| match choice.target {
            Some(Target::Existing(id)) => d
                .subscriptions
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.tenant.clone())
                .unwrap_or_default(),
            _ => String::new(),
        })
    } else {
        choice.tenant.clone()
    };
    let tenant = RwSignal::new(start);
    let next = Callback::new(move |()| {
        let mut c = choice.clone();
        c.owner = owner.get_untracked();
        c.tenant = tenant.get_untracked().trim().to_owned();
        go.run((Step::Target, c));
    });
    let radio = move |value: TenantOwner, id: &'static str, label: Msg| {
        view! {
            <Radio name="wz-owner" id=id checked=Signal::derive(move || owner.get() == Some(value))
                on_pick=Callback::new(move |()| owner.set(Some(value)))>{ui.t(label)}</Radio>
        }
    };
    view! {
        <form class="card wizard-step">
            <fieldset>
                <legend><h2>{ui.t(Msg::WzTenantQuestion)}</h2></legend>
                <ul class="choices">
                    {radio(TenantOwner::Partner, "wz-own", Msg::WzOwnTenant)}
                    {radio(TenantOwner::Customer, "wz-customer", Msg::WzCustomerTenant)}
                </ul>
            </fieldset>
            <Show when=move || owner.get() == Some(TenantOwner::Customer)>
                <p class="refused" role="alert">{move || refusal_text(ui.lang.get(), Refusal::CustomerTenant)} " " <RuleLink rule=Refusal::CustomerTenant.rule()/></p>
            </Show>
            <Show when=move || owner.get() == Some(TenantOwner::Partner)>
                <p class="field"><label for="wz-tenant-name">{ui.t(Msg::WzTenantName)}</label>
                    <input id="wz-tenant-name" type="text" autocomplete="off" spellcheck="false" prop:value=tenant
                        on:input=move |ev| tenant.set(event_target_value(&ev))/></p>
            </Show>
            <StepButtons next=Some(next) ready=Signal::derive(move || owner.get() == Some(TenantOwner::Partner))/>
        </form>
    }
}
