//! Azure credits (R11): monthly and bulk credit offers; giving one to a user
//! first asks which other offers the user already has and refuses bulk credit
//! when one applies; monthly credit is taken back at any time, bulk credit only
//! moves to someone else. The step a flow is at lives in the address
//! (`?credit=3&user=7`), so a reload or the back button keeps it.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::Page;
use crate::i18n::{Lang, Msg, fill, format_date};
use crate::model::{AzureCredit, AzureOffer, CreditKind, CreditTransfer, Dataset};
use crate::rules::RuleId;
use crate::rules::azure::{Release, can_assign, release};
use crate::ui::components::RuleLink;
use crate::ui::components::form::Field;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

fn offer_name(offer: AzureOffer) -> Msg {
    match offer {
        AzureOffer::EnterpriseAgreement => Msg::OfferEa,
        AzureOffer::CloudSolutionPartner => Msg::OfferCsp,
        AzureOffer::AzureInOpen => Msg::OfferOpen,
        AzureOffer::AzurePass => Msg::OfferPass,
        AzureOffer::ActionPack => Msg::OfferActionPack,
        AzureOffer::OtherCreditOrPrepaid => Msg::OfferOther,
    }
}

/// "Monthly credit, US$150 a month" / "Bulk credit, US$3500 in all".
fn credit_title(lang: Lang, c: &AzureCredit) -> String {
    let msg = match c.kind {
        CreditKind::Monthly => Msg::CreditMonthly,
        CreditKind::Bulk => Msg::CreditBulk,
    };
    fill(lang.t(msg), &[("amount", &thousands(c.amount))])
}

/// 3500 → "3,500" (both languages group digits by three with commas).
fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn user_name(d: &Dataset, id: u64) -> String {
    d.users
        .iter()
        .find(|u| u.id == id)
        .map_or_else(|| format!("#{id}"), |u| format!("{} ({})", u.name, u.email))
}

/// The flow's step, read from and written to the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Step {
    credit: Option<u64>,
    user: Option<u64>,
}

lazy_page! {
    /// The Azure credits page.
    AzurePage => azure_page
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn azure_page() -> AnyView {
    let ui = use_ui();
    let data = use_data();
    let intro = Page::Azure.intro();
    let query = use_query_map();
    let step = Memo::new(move |_| {
        query.with(|q| Step {
            credit: q.get("credit").and_then(|v| v.parse().ok()),
            user: q.get("user").and_then(|v| v.parse().ok()),
        })
    });
    let navigate = use_navigate();
    // The router adds its base to paths given to `navigate` (unlike to hrefs).
    let go = Callback::new(move |s: Step| {
        let path = match s {
            Step {
                credit: Some(c),
                user: Some(u),
            } => format!("/azure-credits?credit={c}&user={u}"),
            Step {
                credit: Some(c),
                user: None,
            } => format!("/azure-credits?credit={c}"),
            _ => "/azure-credits".to_owned(),
        };
        navigate(
            &path,
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    });
    let said = RwSignal::new(None::<String>);
    let rows = move || {
        let lang = ui.lang.get();
        data.data.with(|d| {
            d.credits
                .iter()
                .map(|c| {
                    let id = c.id;
                    let holder = c.assignee.map(|u| user_name(d, u));
                    let mode = release(c.kind);
                    let remove = move |_| {
                        data.change(Msg::ChangeCreditReleased, |d| {
                            if let Some(c) = d.credits.iter_mut().find(|c| c.id == id) {
                                c.assignee = None;
                            }
                        });
                        said.set(None);
                    };
                    let open = move |_| {
                        said.set(None);
                        go.run(Step { credit: Some(id), user: None });
                    };
                    let transfers = c
                        .transfers
                        .iter()
                        .rev()
                        .map(|t| {
                            fill(lang.t(Msg::CreditTransferLine), &[
                                ("date", &format_date(lang, t.on)),
                                ("from", &user_name(d, t.from)),
                                ("to", &user_name(d, t.to)),
                            ])
                        })
                        .map(|l| view! { <li>{l}</li> })
                        .collect_view();
                    let (action, holder_text) = match (holder, mode) {
                        (None, _) => (
                            view! { <button type="button" on:click=open>{lang.t(Msg::CreditAssign)}</button> }.into_any(),
                            lang.t(Msg::CreditFree).to_owned(),
                        ),
                        (Some(h), Release::Remove) => (
                            view! {
                                <button type="button" class="secondary" on:click=open>{lang.t(Msg::CreditGiveOther)}</button>
                                <button type="button" class="secondary" on:click=remove>{lang.t(Msg::CreditRemove)}</button>
                            }
                            .into_any(),
                            fill(lang.t(Msg::CreditHeldBy), &[("name", &h)]),
                        ),
                        (Some(h), Release::TransferOnly) => (
                            view! {
                                <button type="button" class="secondary" on:click=open>{lang.t(Msg::CreditTransfer)}</button>
                                <span class="muted">{lang.t(Msg::CreditNoRemove)}</span>
                            }
                            .into_any(),
                            fill(lang.t(Msg::CreditHeldBy), &[("name", &h)]),
                        ),
                    };
                    view! {
                        <li class="card credit" data-kind=format!("{:?}", c.kind).to_lowercase()>
                            <h3>{credit_title(lang, c)} " " <RuleLink rule=RuleId::R11/></h3>
                            <p>{holder_text}</p>
                            <ul class="history">{transfers}</ul>
                            <p class="actions">{action}</p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="page" data-page="/azure-credits">
            <h1>{ui.t(Msg::NavAzure)}</h1>
            <p class="lead">{ui.t(intro)}</p>
            <p class="card next-step" role="status" hidden=move || said.with(Option::is_none)>{move || said.get()}</p>
            {move || step.get().credit.map(|credit| view! { <AssignFlow credit user=step.get().user go said/> })}
            <Show when=move || data.data.with(|d| !d.credits.is_empty()) fallback=move || view! {
                <p class="card empty-state">{ui.t(Msg::CreditsEmpty)}</p>
            }>
                <ul class="credit-list">{rows}</ul>
            </Show>
            <AddCredit/>
        </section>
    }
    .into_any()
}

/// Giving credit `credit` to a user: choose the user, say which offers they
/// already have, then the check of R11 and, when it passes, the assignment (or
/// the transfer, for bulk credit someone already holds).
#[component]
fn AssignFlow(
    credit: u64,
    user: Option<u64>,
    go: Callback<Step>,
    said: RwSignal<Option<String>>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today;
    let lang = ui.lang.get_untracked();
    let Some(c) = data
        .data
        .with_untracked(|d| d.credits.iter().find(|c| c.id == credit).cloned())
    else {
        return view! { <p class="card empty-state">{lang.t(Msg::CreditGone)}</p> }.into_any();
    };
    let holder = c.assignee;
    let title = credit_title(lang, &c);
    let users: Vec<(u64, String)> = data.data.with_untracked(|d| {
        d.users
            .iter()
            .filter(|u| Some(u.id) != holder)
            .map(|u| (u.id, format!("{} ({})", u.name, u.email)))
            .collect()
    });
    let picked = RwSignal::new(user);
    let known: Vec<AzureOffer> = user
        .and_then(|u| {
            data.data
                .with_untracked(|d| d.users.iter().find(|x| x.id == u).map(|x| x.offers.clone()))
        })
        .unwrap_or_default();
    let ticked = RwSignal::new(known);
    let refusal = RwSignal::new(None::<Vec<AzureOffer>>);
    let check = move |_| {
        let Some(u) = user else { return };
        let offers = ticked.get_untracked();
        let verdict = can_assign(c.kind, &offers);
        // What the user said about the person's offers is kept either way.
        let label = if verdict.is_ok() {
            Msg::ChangeCreditAssigned
        } else {
            Msg::ChangeOffersSaved
        };
        data.change(label, |d| {
            if let Some(x) = d.users.iter_mut().find(|x| x.id == u) {
                x.offers = offers.clone();
            }
            if verdict.is_ok()
                && let Some(c) = d.credits.iter_mut().find(|c| c.id == credit)
            {
                if let (Some(from), CreditKind::Bulk) = (c.assignee, c.kind) {
                    c.transfers.push(CreditTransfer {
                        on: today,
                        from,
                        to: u,
                    });
                }
                c.assignee = Some(u);
            }
        });
        match verdict {
            Ok(_) => {
                refusal.set(None);
                said.set(Some(lang.t(Msg::CreditAssignedNext).to_owned()));
                go.run(Step {
                    credit: None,
                    user: None,
                });
            }
            Err(e) => refusal.set(Some(e.offers)),
        }
    };
    let heading = if holder.is_some() && c.kind == CreditKind::Bulk {
        Msg::CreditTransferTitle
    } else {
        Msg::CreditAssignTitle
    };
    view! {
        <section class="card assign-flow" aria-labelledby="assign-title">
            <h2 id="assign-title">{fill(lang.t(heading), &[("credit", &title)])} " " <RuleLink rule=RuleId::R11/></h2>
            <ol class="flow-steps">
                <li aria-current=user.is_none().then_some("step")>
                    <p class="inline-form">
                        <label for="credit-user">{lang.t(Msg::CreditWho)}</label>
                        <select id="credit-user" on:change=move |ev| picked.set(event_target_value(&ev).parse().ok())>
                            <option value="" selected=user.is_none()>{lang.t(Msg::VsChooseUser)}</option>
                            {users.into_iter().map(|(id, name)| view! { <option value=id.to_string() selected=user == Some(id)>{name}</option> }).collect_view()}
                        </select>
                        <button type="button" on:click=move |_| if let Some(u) = picked.get_untracked() {
                            go.run(Step { credit: Some(credit), user: Some(u) });
                        }>{lang.t(Msg::WzNext)}</button>
                        <button type="button" class="secondary" on:click=move |_| go.run(Step { credit: None, user: None })>{lang.t(Msg::Cancel)}</button>
                    </p>
                </li>
                {user.map(|_| view! {
                    <li aria-current="step">
                        <fieldset>
                            <legend>{lang.t(Msg::CreditOffersQuestion)}</legend>
                            {AzureOffer::ALL.map(|offer| {
                                view! {
                                    <label><input type="checkbox"
                                        prop:checked=move || ticked.with(|t| t.contains(&offer))
                                        on:change=move |_| ticked.update(|t| if let Some(i) = t.iter().position(|x| *x == offer) { t.remove(i); } else { t.push(offer); })/>
                                    " " {lang.t(offer_name(offer))}</label>
                                }
                            }).collect_view()}
                        </fieldset>
                        <p class="actions"><button type="button" on:click=check>{lang.t(Msg::CreditCheck)}</button></p>
                        {move || refusal.get().map(|offers| {
                            let names = offers.iter().map(|o| lang.t(offer_name(*o))).collect::<Vec<_>>().join(", ");
                            view! { <p class="refused" role="alert">{fill(lang.t(Msg::CreditRefused), &[("offers", &names)])}</p> }
                        })}
                    </li>
                })}
            </ol>
        </section>
    }
    .into_any()
}

/// A form to record a credit offer: its kind and amount.
#[component]
fn AddCredit() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let kind = RwSignal::new(CreditKind::Monthly);
    let amount = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let parsed = move || amount.with(|a| a.trim().parse::<u32>().ok().filter(|n| *n > 0));
    let error =
        Signal::derive(move || (tried.get() && parsed().is_none()).then_some(Msg::ErrNoAmount));
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Some(n) = parsed() else { return };
        data.change(Msg::ChangeCreditAdded, |d| {
            let id = d.credits.iter().map(|c| c.id + 1).max().unwrap_or(1);
            d.credits.push(AzureCredit {
                id,
                kind: kind.get_untracked(),
                amount: n,
                assignee: None,
                transfers: vec![],
            });
        });
        amount.set(String::new());
        tried.set(false);
    };
    view! {
        <form class="card credit-form" on:submit=on_submit novalidate>
            <h2>{ui.t(Msg::CreditAddTitle)}</h2>
            <p class="field"><label for="credit-kind">{ui.t(Msg::CreditKindLabel)}</label>
                <select id="credit-kind" on:change=move |ev| kind.set(if event_target_value(&ev) == "bulk" { CreditKind::Bulk } else { CreditKind::Monthly })>
                    <option value="monthly">{ui.t(Msg::CreditKindMonthly)}</option>
                    <option value="bulk">{ui.t(Msg::CreditKindBulk)}</option>
                </select></p>
            <Field id="credit-amount" label=Msg::CreditAmount value=amount kind="number" error/>
            <p class="actions"><button type="submit">{ui.t(Msg::CreditAdd)}</button></p>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn amounts_are_grouped_by_thousands() {
        assert_eq!(thousands(150), "150");
        assert_eq!(thousands(3500), "3,500");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(100_000), "100,000");
    }
}
