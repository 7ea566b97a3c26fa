//! Step 3: a new subscription, one recorded here, or one described by hand.

use leptos::prelude::*;

use super::{Go, StepButtons};
use crate::i18n::{Msg, field_problem, fill, format_date};
use crate::ledger::change::Target;
use crate::model::form::OtherSubscriptionDraft;
use crate::model::validate::Field as F;
use crate::ui::components::form::{Field, Radio};
use crate::ui::data::use_data;
use crate::ui::routes::{Choice, Step};
use crate::ui::state::use_ui;

/// What is ticked: a new subscription, a recorded one, or another one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pick {
    New,
    Existing(u64),
    Other,
}

/// Where the key goes.
#[component]
pub fn TargetStep(
    /// What was chosen so far.
    choice: Choice,
    /// Moves on.
    go: Go,
) -> impl IntoView {
    let ui = use_ui();
    let picked = RwSignal::new(choice.target.map(|t| match t {
        Target::New => Pick::New,
        Target::Existing(id) => Pick::Existing(id),
        Target::Other { .. } => Pick::Other,
    }));
    let (lic0, end0) = match choice.target {
        Some(Target::Other { licenses, end }) => (licenses.to_string(), end.to_string()),
        _ => (String::new(), String::new()),
    };
    let (licenses, end) = (RwSignal::new(lic0), RwSignal::new(end0));
    let target = move || match picked.get()? {
        Pick::New => Some(Target::New),
        Pick::Existing(id) => Some(Target::Existing(id)),
        Pick::Other => OtherSubscriptionDraft {
            licenses: licenses.get(),
            end: end.get(),
        }
        .check()
        .ok(),
    };
    let key = choice.key;
    let next = Callback::new(move |()| {
        let mut c = choice.clone();
        c.target = target();
        go.run((Step::Compare, c));
    });
    let fixed = move |pick: Pick, value: &'static str, label: Msg| {
        view! {
            <Radio name="wz-sub" id=format!("wz-sub-{value}") checked=Signal::derive(move || picked.get() == Some(pick))
                on_pick=Callback::new(move |()| picked.set(Some(pick)))>{ui.t(label)}</Radio>
        }
    };
    view! {
        <form class="card wizard-step">
            <fieldset>
                <legend><h2>{ui.t(Msg::WzTargetQuestion)}</h2></legend>
                <ul class="choices">
                    {fixed(Pick::New, "new", Msg::WzNewSub)}
                    <SameProduct key picked/>
                    {fixed(Pick::Other, "other", Msg::WzOtherSub)}
                </ul>
            </fieldset>
            <Show when=move || picked.get() == Some(Pick::Other)>
                <OtherFields licenses end/>
            </Show>
            <StepButtons next=Some(next) ready=Signal::derive(move || target().is_some())/>
        </form>
    }
}

/// The recorded subscriptions of the key's product, as answers.
#[component]
fn SameProduct(
    /// The key being redeemed.
    key: Option<u64>,
    /// The answer ticked.
    picked: RwSignal<Option<Pick>>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let product = data.data.with_untracked(|d| {
        d.keys
            .iter()
            .find(|k| Some(k.id) == key)
            .map(|k| k.product.to_lowercase())
            .unwrap_or_default()
    });
    move || {
        let lang = ui.lang.get();
        data.data.with(|d| {
            d.subscriptions
                .iter()
                .filter(|s| s.product.to_lowercase() == product)
                .map(|s| {
                    let pick = Pick::Existing(s.id);
                    let licenses = fill(lang.t(Msg::KeyLicensesCount), &[("count", &s.licenses.to_string())]);
                    let ends = fill(lang.t(Msg::SubEnds), &[("date", &format_date(lang, s.end))]);
                    let tenant = (!s.tenant.is_empty()).then(|| format!(" · {}", s.tenant));
                    let product = s.product.clone();
                    view! {
                        <Radio name="wz-sub" id=format!("wz-sub-{}", s.id) checked=Signal::derive(move || picked.get() == Some(pick))
                            on_pick=Callback::new(move |()| picked.set(Some(pick)))>
                            {product} " · " {licenses} " · " {ends} {tenant}
                        </Radio>
                    }
                })
                .collect_view()
        })
    }
}

/// Licenses and end date of a subscription not recorded here; a field's problem
/// shows once something is typed in it.
#[component]
fn OtherFields(
    /// Its active licenses, as typed.
    licenses: RwSignal<String>,
    /// Its end date, as typed.
    end: RwSignal<String>,
) -> impl IntoView {
    let shown = move |field: F, typed: RwSignal<String>| {
        Signal::derive(move || {
            let draft = OtherSubscriptionDraft {
                licenses: licenses.get(),
                end: end.get(),
            };
            let problem = draft.check().err().and_then(|e| e.get(field));
            problem
                .filter(|_| typed.with(|t| !t.is_empty()))
                .map(|e| field_problem(field, e))
        })
    };
    view! {
        <Field id="wz-other-licenses" label=Msg::WzOtherLicenses value=licenses kind="number" error=shown(F::Licenses, licenses)/>
        <Field id="wz-other-end" label=Msg::WzOtherEnd value=end kind="date" error=shown(F::End, end)/>
    }
}
