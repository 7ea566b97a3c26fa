//! Subscriptions and the expiry notice (R6): each subscription's licenses, end
//! date, days left and history; for one of them, the notice's checklist and a
//! key of the same product, handed to the redemption wizard with the
//! subscription already chosen, where adding and extending are compared.

use crate::ui::router::{NavigateOptions, use_navigate};
use leptos::prelude::*;

use super::Page;
use crate::i18n::words::when;
use crate::i18n::{Msg, fill, format_date};
use crate::ledger::Facts;
use crate::ledger::change::Target;
use crate::model::Subscription;
use crate::model::form::{OtherSubscriptionDraft, SubscriptionDraft};
use crate::model::validate::Field as F;
use crate::rules::RuleId;
use crate::rules::dates::days_between;
use crate::ui::components::form::{Field, problem_of, problems_after_submit};
use crate::ui::components::{PageFrame, Pager, RuleLink, page_slice};
use crate::ui::data::use_data;
use crate::ui::routes::{Choice, Step};
use crate::ui::state::use_ui;

/// Subscriptions listed per page.
const SUBS_PER_PAGE: usize = 50;

lazy_page! {
    /// The subscriptions page.
    SubscriptionsPage => subscriptions_page
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn subscriptions_page() -> AnyView {
    let ui = use_ui();
    let data = use_data();
    let chosen = RwSignal::new(None::<u64>);
    let page = RwSignal::new(0usize);
    let subs = move || {
        data.data
            .with(|d| page_slice(&d.subscriptions, page.get(), SUBS_PER_PAGE).to_vec())
    };
    view! {
        <PageFrame page=Page::Subscriptions>
            <Show when=move || data.data.with(|d| !d.subscriptions.is_empty()) fallback=move || view! {
                <p class="card empty-state">{ui.t(Msg::SubsEmpty)}</p>
            }>
                <ul class="sub-list">{move || subs().into_iter().map(|sub| view! { <SubscriptionRow sub chosen/> }).collect_view()}</ul>
                <Pager page count=Signal::derive(move || data.data.with(|d| d.subscriptions.len())) per_page=SUBS_PER_PAGE/>
            </Show>
            {move || chosen.get().map(|sub_id| if keyless_sub(sub_id) { view! { <KeylessNotice sub_id/> }.into_any() } else { view! { <NoticeFlow sub_id/> }.into_any() })}
            <AddSubscription page/>
        </PageFrame>
    }
    .into_any()
}

/// One subscription: licenses, end date and days left, history, and the notice button.
#[component]
fn SubscriptionRow(
    /// The subscription.
    sub: Subscription,
    /// The subscription whose notice is open.
    chosen: RwSignal<Option<u64>>,
) -> impl IntoView {
    let ui = use_ui();
    let today = use_data().today();
    let id = sub.id;
    move || {
        let lang = ui.lang.get();
        let left = days_between(today, sub.end);
        let history = sub
            .history
            .iter()
            .map(|h| {
                let line = fill(
                    lang.t(Msg::HistoryLine),
                    &[
                        ("date", &format_date(lang, h.on)),
                        ("licenses", &h.licenses.to_string()),
                        ("end", &format_date(lang, h.end)),
                    ],
                );
                view! { <li>{line}</li> }
            })
            .collect_view();
        view! {
            <li class="sub-row" data-soon=(left <= 30).to_string()>
                <div><strong>{sub.product.clone()}</strong> " " <span class="muted">{sub.tenant.clone()}</span></div>
                <div>{fill(lang.t(Msg::KeyLicensesCount), &[("count", &sub.licenses.to_string())])}
                    " · " {fill(lang.t(Msg::SubEnds), &[("date", &format_date(lang, sub.end))])} " (" {when(lang, left)} ")"</div>
                <ul class="history">{history}</ul>
                <p><button type="button" class="secondary" aria-expanded=move || (chosen.get() == Some(id)).to_string()
                    on:click=move |_| chosen.set(Some(id))>{lang.t(Msg::NoticeButton)}</button></p>
            </li>
        }
    }
}

/// Whether subscription `sub_id` belongs to a keyless membership and no key
/// went onto it (R17): its notice cannot be answered with a key.
fn keyless_sub(sub_id: u64) -> bool {
    use_data().data.with(|d| d.keyless() && !d.from_key(sub_id))
}

/// The expiry notice of a subscription redeemed without a key (R19): it ends
/// with the offer, adding or extending is not published for this flow, and
/// renewing the membership is what carries it on.
#[component]
fn KeylessNotice(
    /// The subscription.
    sub_id: u64,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    move || {
        let lang = ui.lang.get();
        let (sub, end) = data.data.with(|d| {
            let sub = d.subscriptions.iter().find(|s| s.id == sub_id).cloned();
            let end = d
                .membership
                .as_ref()
                .and_then(crate::rules::program::offer_end);
            (sub, end)
        });
        let sub = sub?;
        let end = end.unwrap_or(sub.end);
        Some(view! {
            <section class="card notice-flow" aria-labelledby="notice-title">
                <h2 id="notice-title">{fill(lang.t(Msg::NoticeTitle), &[("product", &sub.product)])} " " <RuleLink rule=RuleId::R6/></h2>
                <ol class="checklist">
                    <li>{fill(lang.t(Msg::NoticeCheckEnd), &[("date", &format_date(lang, sub.end))])}</li>
                    <li>{fill(lang.t(Msg::NoticeKeyless), &[("date", &format_date(lang, end))])} " " <RuleLink rule=RuleId::R19/></li>
                </ol>
                <p class="actions"><a class="button" href=ui.href(Page::Membership.path())>{lang.t(Msg::NoticeKeylessRenew)}</a></p>
            </section>
        })
    }
}

/// The expiry notice of subscription `sub_id` (R6): check the end date, pick a
/// key of the same product, compare in the wizard.
#[component]
fn NoticeFlow(
    /// The subscription.
    sub_id: u64,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let chosen_key = RwSignal::new(None::<u64>);
    let navigate = use_navigate();
    let compare = move |_| {
        if let Some(key) = chosen_key.get_untracked() {
            // The wizard asks whose tenant next, with this subscription already chosen.
            let choice = Choice {
                key: Some(key),
                target: Some(Target::Existing(sub_id)),
                ..Choice::default()
            };
            navigate(&choice.path(Step::Tenant), NavigateOptions::default());
        }
    };
    move || {
        let lang = ui.lang.get();
        let (sub, keys) = data.data.with(|d| {
            let sub = d.subscriptions.iter().find(|s| s.id == sub_id).cloned();
            // Only keys of the same product can go onto this subscription.
            let product = sub.as_ref().map(|s| s.product.to_lowercase());
            let keys = d
                .keys
                .iter()
                .filter(|k| {
                    k.redemption.is_none()
                        && !k.replaced
                        && Some(k.product.to_lowercase()) == product
                })
                .map(|k| {
                    (
                        k.id,
                        fill(
                            lang.t(Msg::NoticeKeyOption),
                            &[("product", &k.product), ("count", &k.licenses.to_string())],
                        ),
                    )
                })
                .collect::<Vec<_>>();
            (sub, keys)
        });
        let sub = sub?;
        let choose = if keys.is_empty() {
            view! { <p>{lang.t(Msg::NoticeNoKeys)} " " <a href=ui.href(Page::Keys.path())>{lang.t(Msg::NavKeys)}</a></p> }.into_any()
        } else {
            let compare = compare.clone();
            view! {
                <p class="field"><label for="notice-key">{lang.t(Msg::NoticeKey)}</label>
                    <select id="notice-key" on:change=move |ev| chosen_key.set(event_target_value(&ev).parse().ok())>
                        <option value="" prop:selected=chosen_key.get_untracked().is_none()>{lang.t(Msg::NoticeKeyNone)}</option>
                        {keys.into_iter().map(|(id, text)| view! { <option value=id.to_string() prop:selected=chosen_key.get_untracked() == Some(id)>{text}</option> }).collect_view()}
                    </select></p>
                <p class="actions"><button type="button" disabled=move || chosen_key.get().is_none() on:click=compare>{lang.t(Msg::NoticeCompare)}</button></p>
            }.into_any()
        };
        Some(view! {
            <section class="card notice-flow" aria-labelledby="notice-title">
                <h2 id="notice-title">{fill(lang.t(Msg::NoticeTitle), &[("product", &sub.product)])} " " <RuleLink rule=RuleId::R6/></h2>
                <ol class="checklist">
                    <li>{fill(lang.t(Msg::NoticeCheckEnd), &[("date", &format_date(lang, sub.end))])}</li>
                    <li>{lang.t(Msg::NoticeChooseKey)}</li>
                </ol>
                {choose}
            </section>
        })
    }
}

/// A subscription bought or redeemed before the app, added by hand (one
/// redeemed here is recorded by its redemption).
#[component]
fn AddSubscription(
    /// The page of the list: the last after adding, where the new one is.
    page: RwSignal<usize>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let product = RwSignal::new(String::new());
    let licenses = RwSignal::new(String::new());
    let end = RwSignal::new(String::new());
    let tenant = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let check = move || {
        SubscriptionDraft {
            product: product.get(),
            other: OtherSubscriptionDraft {
                licenses: licenses.get(),
                end: end.get(),
            },
            tenant: tenant.get(),
        }
        .check()
    };
    let errors = problems_after_submit(tried, move || check().err());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Ok(subscription) = untrack(check) else {
            return;
        };
        if data
            .record(
                Msg::ChangeSubscriptionAdded,
                Facts::AddSubscription { subscription },
            )
            .is_ok()
        {
            for s in [product, licenses, end, tenant] {
                s.set(String::new());
            }
            tried.set(false);
            page.set(usize::MAX);
        }
    };
    view! {
        <section class="card" id="add-subscription" aria-labelledby="add-subscription-title">
            <h2 id="add-subscription-title">{ui.t(Msg::SubsAddTitle)}</h2>
            <p>{ui.t(Msg::SubsAddText)}</p>
            <form on:submit=on_submit novalidate>
                <Field id="sub-product" label=Msg::SubsAddProduct value=product error=problem_of(errors, F::Name)/>
                <Field id="sub-licenses" label=Msg::SubsAddLicenses value=licenses error=problem_of(errors, F::Licenses)/>
                <Field id="sub-end" label=Msg::SubsAddEnd value=end kind="date" error=problem_of(errors, F::End)/>
                <Field id="sub-tenant" label=Msg::SubsAddTenant value=tenant error=problem_of(errors, F::Tenant)/>
                <p class="actions"><button type="submit">{ui.t(Msg::SubsAddButton)}</button></p>
            </form>
        </section>
    }
}
