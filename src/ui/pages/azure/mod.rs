//! Azure credits (R11): monthly and bulk credit offers; giving one to a user
//! first asks which other offers the user already has and refuses bulk credit
//! when one applies; monthly credit is taken back at any time, bulk credit only
//! moves to someone else. The step a flow is at lives in the address
//! ([`CreditStep`]: `?credit=3&user=7`), so a reload or the back button keeps it.

mod add;
mod assign;
mod profile;

use crate::ledger::Facts;
use crate::ui::router::{NavigateOptions, use_navigate, use_query_map};
use leptos::prelude::*;

use super::Page;
use crate::i18n::words::{credit_title, user_label};
use crate::i18n::{Msg, fill, format_date};
use crate::model::AzureCredit;
use crate::rules::RuleId;
use crate::rules::azure::{Release, release};
use crate::ui::components::{PageFrame, Pager, RuleLink, page_slice};
use crate::ui::data::use_data;
use crate::ui::routes::CreditStep;
use crate::ui::state::use_ui;
use add::AddCredit;
use assign::AssignFlow;
use profile::{ProfileForm, ProfileLines, is_keyless};

/// Credits listed per page.
const CREDITS_PER_PAGE: usize = 20;

lazy_page! {
    /// The Azure credits page.
    AzurePage => azure_page
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn azure_page() -> AnyView {
    let ui = use_ui();
    let data = use_data();
    let query = use_query_map();
    let step = Memo::new(move |_| query.with(|q| CreditStep::from_query(|k| q.get(k))));
    let navigate = use_navigate();
    // The router adds its base to paths given to `navigate` (unlike to hrefs).
    let go = Callback::new(move |s: CreditStep| {
        let options = NavigateOptions {
            scroll: false,
            ..Default::default()
        };
        navigate(&s.path(), options);
    });
    let said = RwSignal::new(None::<String>);
    let page = RwSignal::new(0usize);
    let credits = move || {
        data.data
            .with(|d| page_slice(&d.credits, page.get(), CREDITS_PER_PAGE).to_vec())
    };
    view! {
        <PageFrame page=Page::Azure>
            <p class="card next-step" role="status" hidden=move || said.with(Option::is_none)>{move || said.get()}</p>
            {move || is_keyless().then(|| view! { <p class="card keyless-note">{ui.t(Msg::CreditKeylessNote)} " " <RuleLink rule=RuleId::R20/></p> })}
            {move || step.get().credit.map(|credit| view! { <AssignFlow credit user=step.get().user go said/> })}
            <Show when=move || data.data.with(|d| !d.credits.is_empty()) fallback=move || view! {
                <p class="card empty-state">{ui.t(Msg::CreditsEmpty)}</p>
            }>
                <ul class="credit-list">
                    {move || credits().into_iter().map(|credit| view! { <CreditRow credit go said/> }).collect_view()}
                </ul>
                <Pager page count=Signal::derive(move || data.data.with(|d| d.credits.len())) per_page=CREDITS_PER_PAGE/>
            </Show>
            <AddCredit/>
        </PageFrame>
    }
    .into_any()
}

/// Since when its holder has it, and how often it moved.
fn since(lang: crate::i18n::Lang, credit: &AzureCredit) -> String {
    let mut parts = Vec::new();
    if let (Some(on), Some(_)) = (credit.given_on, credit.assignee) {
        parts.push(fill(
            lang.t(Msg::CreditSince),
            &[("date", &format_date(lang, on))],
        ));
    }
    match credit.reassigned {
        0 => {}
        1 => parts.push(lang.t(Msg::CreditReassignedOnce).to_owned()),
        n => parts.push(fill(
            lang.t(Msg::CreditReassigned),
            &[("count", &n.to_string())],
        )),
    }
    parts.join(" ")
}

/// One credit: who holds it, its transfers, and what can be done with it.
#[component]
fn CreditRow(
    /// The credit.
    credit: AzureCredit,
    /// Moves the flow to a step.
    go: Callback<CreditStep>,
    /// The page's message line.
    said: RwSignal<Option<String>>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let id = credit.id;
    let open = move |_| {
        said.set(None);
        go.run(CreditStep {
            credit: Some(id),
            user: None,
        });
    };
    let remove = move |_| {
        let _ = data.record(
            Msg::ChangeCreditReleased,
            Facts::TakeBackCredit { credit: id },
        );
        said.set(None);
    };
    move || {
        let lang = ui.lang.get();
        let keyless = is_keyless();
        let name = |u: u64| data.data.with(|d| user_label(d, u, || format!("#{u}")));
        let transfers = credit
            .transfers
            .iter()
            .rev()
            .map(|t| {
                let line = fill(
                    lang.t(Msg::CreditTransferLine),
                    &[
                        ("date", &format_date(lang, t.on)),
                        ("from", &name(t.from)),
                        ("to", &name(t.to)),
                    ],
                );
                view! { <li>{line}</li> }
            })
            .collect_view();
        let (action, holder) = match (credit.assignee.map(name), release(credit.kind)) {
            // R20: keyless, credit is on a billing profile, not with a person.
            (None, _) if keyless => (().into_any(), String::new()),
            (None, _) => (
                view! { <button type="button" on:click=open>{lang.t(Msg::CreditAssign)}</button> }.into_any(),
                lang.t(Msg::CreditFree).to_owned(),
            ),
            (Some(h), Release::Remove) => (
                view! {
                    <button type="button" class="secondary" on:click=open>{lang.t(Msg::CreditGiveOther)}</button>
                    <button type="button" class="secondary" on:click=remove>{lang.t(Msg::CreditRemove)}</button>
                }.into_any(),
                fill(lang.t(Msg::CreditHeldBy), &[("name", &h)]),
            ),
            (Some(h), Release::TransferOnly) => (
                view! {
                    <button type="button" class="secondary" on:click=open>{lang.t(Msg::CreditTransfer)}</button>
                    <span class="muted">{lang.t(Msg::CreditNoRemove)}</span>
                }.into_any(),
                fill(lang.t(Msg::CreditHeldBy), &[("name", &h)]),
            ),
        };
        view! {
            <li class="card credit" data-kind=format!("{:?}", credit.kind).to_lowercase()>
                <h3>{credit_title(lang, &credit)} " " <RuleLink rule=if keyless { RuleId::R20 } else { RuleId::R11 }/></h3>
                <p>{holder} " " {since(lang, &credit)}</p>
                <ProfileLines lang credit=credit.clone() keyless/>
                <ul class="history">{transfers}</ul>
                <p class="actions">{action}</p>
                <ProfileForm lang credit=credit.clone() keyless/>
            </li>
        }
    }
}
