//! The key redemption decision (R1, R2, R7–R10), one address per step so a
//! reload or the back button keeps a half-finished decision: `/redeem/key` →
//! `tenant` → `target` → `compare` → `confirm` → `done`. What has been chosen
//! so far lives in the query ([`Choice`]), and every step checks it has what it
//! needs, sending the user back to the first step that is missing.
//!
//! [`RedeemPage`] is the frame (heading, the step list, the step); the step
//! itself is [`RedeemStepPage`], one file per step.

mod compare;
mod confirm;
mod done;
mod key;
mod target;
mod tenant;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::{Msg, fill};
use crate::ledger::change::{RedemptionPlan, plan_redemption};
use crate::model::{Dataset, TenantOwner};
use crate::rules::RuleId;
use crate::ui::components::PageFrame;
use crate::ui::router::{NavigateOptions, use_navigate, use_page_path, use_query_map};
use crate::ui::routes::{Choice, Page, Step};
use crate::ui::state::use_ui;

/// How a step moves on: to this step, with this choice.
type Go = Callback<(Step, Choice)>;

/// The plan for the choice so far, as of `today`; `None` without a key and a
/// subscription chosen, or when one of them is gone.
fn plan(d: &Dataset, c: &Choice, today: NaiveDate) -> Option<RedemptionPlan> {
    let owner = c.owner.unwrap_or(TenantOwner::Partner);
    plan_redemption(d, c.key?, c.target?, owner, &c.tenant, today)
}

/// The step in the address.
fn current_step() -> Memo<Step> {
    let path = use_page_path();
    Memo::new(move |_| Page::step_of(&path.read()))
}

lazy_page! {
    /// The wizard's frame: its heading, the step list and the current step.
    RedeemPage => redeem_page
}

lazy_page! {
    /// The current step of the wizard.
    RedeemStepPage => redeem_step_page
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn redeem_page() -> AnyView {
    view! {
        <PageFrame page=Page::Redeem rules=vec![RuleId::R7, RuleId::R8]>
            <KeylessNotice/>
            <StepList/>
            <RedeemStepPage/>
        </PageFrame>
    }
    .into_any()
}

/// For a membership on the keyless flow (R17): this wizard is for product keys
/// (from before); its benefits are redeemed through the Keys page's checklist,
/// and adding or extending is not published for them (R19).
#[component]
fn KeylessNotice() -> impl IntoView {
    let ui = use_ui();
    let data = crate::ui::data::use_data();
    let keyless = move || data.data.with(crate::model::Dataset::keyless);
    view! {
        <Show when=keyless>
            <p class="notice warning wz-keyless"><span>{ui.t(Msg::WzKeyless)} " "
                <a href=ui.href(Page::Keys.path())>{ui.t(Msg::WzKeylessLink)}</a> " "
                <crate::ui::components::RuleLink rule=RuleId::R19/></span></p>
        </Show>
    }
}

/// The steps, the current one marked; earlier ones link back.
#[component]
fn StepList() -> impl IntoView {
    let ui = use_ui();
    let step = current_step();
    let query = use_query_map();
    let steps = move || {
        let lang = ui.lang.get();
        let now = step.get();
        let choice = query.with(|q| Choice::from_query(|k| q.get(k)));
        Step::ALL
            .map(|s| {
                let label = lang.t(s.label());
                if s < now && now != Step::Done {
                    view! { <li><a href=ui.href(&choice.path(s))>{label}</a></li> }.into_any()
                } else {
                    view! { <li aria-current=(s == now).then_some("step")>{label}</li> }.into_any()
                }
            })
            .collect_view()
    };
    view! { <nav aria-label=ui.t(Msg::WzStepsLabel)><ol class="wizard-steps">{steps}</ol></nav> }
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn redeem_step_page() -> AnyView {
    let ui = use_ui();
    let step = current_step();
    let query = use_query_map();
    let choice = Memo::new(move |_| query.with(|q| Choice::from_query(|k| q.get(k))));
    let navigate = use_navigate();
    // The router adds its base to paths given to `navigate` (unlike to hrefs).
    let go: Go = Callback::new(move |(to, c): (Step, Choice)| {
        // The step being left keeps what was chosen on it, so Back shows it again.
        let here = ui.href(&c.path(step.get_untracked()));
        if let Ok(history) = window().history() {
            let state = history
                .state()
                .unwrap_or(leptos::wasm_bindgen::JsValue::NULL);
            let _ = history.replace_state_with_url(&state, "", Some(&here));
        }
        navigate(&c.path(to), NavigateOptions::default());
    });
    (move || {
        let (s, c) = (step.get(), choice.get());
        if let Some(first) = c.missing_before(s) {
            return view! { <Missing first choice=c/> }.into_any();
        }
        match s {
            Step::Key => view! { <key::KeyStep choice=c go/> }.into_any(),
            Step::Tenant => view! { <tenant::TenantStep choice=c go/> }.into_any(),
            Step::Target => view! { <target::TargetStep choice=c go/> }.into_any(),
            Step::Compare => view! { <compare::CompareStep choice=c go/> }.into_any(),
            Step::Confirm => view! { <confirm::ConfirmStep choice=c go/> }.into_any(),
            Step::Done => view! { <done::DoneStep choice=c/> }.into_any(),
        }
    })
    .into_any()
}

/// A step was reached without what it needs.
#[component]
fn Missing(
    /// The first step whose answer is missing.
    first: Step,
    /// What was chosen.
    choice: Choice,
) -> impl IntoView {
    let ui = use_ui();
    let href = ui.href(&choice.path(first));
    view! {
        <div class="card empty-state" role="status">
            <p>{move || fill(ui.lang.get().t(Msg::WzMissing), &[("step", ui.lang.get().t(first.label()))])}</p>
            <p><a href=href>{ui.t(Msg::WzGoThere)}</a></p>
        </div>
    }
}

/// Back and Next, the way every step ends.
#[component]
fn StepButtons(
    /// What Next does; `None` hides it.
    next: Option<Callback<()>>,
    /// Whether Next is allowed now.
    #[prop(into)]
    ready: Signal<bool>,
) -> impl IntoView {
    let ui = use_ui();
    view! {
        <p class="actions">
            {next.map(|n| view! { <button type="submit" disabled=move || !ready.get() on:click=move |ev| { ev.prevent_default(); n.run(()); }>{ui.t(Msg::WzNext)}</button> })}
            <button type="button" class="secondary" on:click=move |_| { let _ = window().history().map(|h| h.back()); }>{ui.t(Msg::RedeemBack)}</button>
        </p>
    }
}
