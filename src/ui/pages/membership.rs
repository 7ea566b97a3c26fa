//! Membership and renewal (R1, R3, R4, R5): the program level and its dates; the
//! renewal window with days left and what lapses if it is missed; the Partner
//! Center steps as a checklist whose ticks live in the address (`?done=0,2`), so
//! a reload or the back button keeps them; finishing records the new anniversary.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::Page;
use crate::i18n::{Lang, Msg, fill, format_date, format_days, step_text};
use crate::model::{Competency, CompetencyLevel, Membership, ProgramLevel};
use crate::rules::RuleId;
use crate::rules::membership::{
    RedeemWindow, RenewalPhase, RenewalWindow, grace_end, redeem_window, renewal_window,
};
use crate::rules::steps::RENEW_BENEFITS;
use crate::ui::components::RuleLink;
use crate::ui::components::form::Field;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

const PROGRAMS: [(ProgramLevel, &str, Msg); 3] = [
    (
        ProgramLevel::ActionPack,
        "action-pack",
        Msg::ProgramActionPack,
    ),
    (ProgramLevel::Silver, "silver", Msg::ProgramSilver),
    (ProgramLevel::Gold, "gold", Msg::ProgramGold),
];

/// The ticked steps from the address's `done` value (`"0,2"`); unknown parts are ignored.
pub fn parse_done(text: &str) -> Vec<usize> {
    let mut done: Vec<usize> = text
        .split(',')
        .filter_map(|p| p.trim().parse().ok())
        .filter(|&i| i < RENEW_BENEFITS.len())
        .collect();
    done.dedup();
    done
}

fn phase_text(lang: Lang, w: &RenewalWindow, today: NaiveDate, program: ProgramLevel) -> String {
    let (msg, days) = match w.phase(today) {
        RenewalPhase::NotYetOpen { days } if program == ProgramLevel::ActionPack => {
            (Msg::PhaseNotYetActionPack, days)
        }
        RenewalPhase::NotYetOpen { days } => (Msg::PhaseNotYet, days),
        RenewalPhase::Open { days_left } => (Msg::PhaseOpen, days_left),
        RenewalPhase::Missed { days_ago } => (Msg::PhaseMissed, days_ago),
    };
    fill(lang.t(msg), &[("days", &format_days(lang, days))])
}

fn expiry_text(lang: Lang, expiry: NaiveDate, today: NaiveDate) -> String {
    let (msg, days) = match redeem_window(expiry, today).value {
        RedeemWindow::Open { days_left } => (Msg::ExpiryOpen, days_left),
        RedeemWindow::LastDay => (Msg::ExpiryLastDay, 0),
        RedeemWindow::Closed { days_ago } => (Msg::ExpiryClosed, days_ago),
    };
    fill(
        lang.t(msg),
        &[
            ("date", &format_date(lang, expiry)),
            ("days", &format_days(lang, days)),
        ],
    )
}

/// Errors of the three date fields: anniversary, renewal start, benefit expiry.
type DateErrors = (Option<Msg>, Option<Msg>, Option<Msg>);

/// The membership form: program, country and the three dates.
#[component]
fn MembershipForm() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let m = data
        .data
        .with_untracked(|d| d.membership.clone())
        .unwrap_or_default();
    let program = RwSignal::new(m.program);
    let country = RwSignal::new(m.country.clone());
    let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let anniversary = RwSignal::new(date(m.anniversary));
    let renewal_start = RwSignal::new(date(m.renewal_start));
    let expiry = RwSignal::new(date(m.benefit_expiry));
    let tried = RwSignal::new(false);
    let parse = |s: &str| -> Result<Option<NaiveDate>, ()> {
        let s = s.trim();
        if s.is_empty() {
            Ok(None)
        } else {
            s.parse().map(Some).map_err(|_| ())
        }
    };
    let errors = move || -> DateErrors {
        let a = parse(&anniversary.get());
        let r = parse(&renewal_start.get());
        let e = parse(&expiry.get());
        let order = match (&a, &r) {
            (Ok(Some(a)), Ok(Some(r))) if r > a => Some(Msg::ErrRenewalStartOrder),
            _ => None,
        };
        (
            a.err().map(|_| Msg::ErrDate),
            r.err().map(|_| Msg::ErrDate).or(order),
            e.err().map(|_| Msg::ErrDate),
        )
    };
    let shown = move |pick: fn(&DateErrors) -> Option<Msg>| {
        Signal::derive(move || if tried.get() { pick(&errors()) } else { None })
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let (a, r, e) = errors();
        if a.is_some() || r.is_some() || e.is_some() {
            return;
        }
        let get = |s: RwSignal<String>| parse(&s.get_untracked()).ok().flatten();
        let (a, r, e) = (get(anniversary), get(renewal_start), get(expiry));
        data.change(Msg::ChangeMembershipSaved, |d| {
            let m = d.membership.get_or_insert_with(Membership::default);
            m.program = program.get_untracked();
            m.country = country.get_untracked().trim().to_owned();
            m.anniversary = a;
            m.renewal_start = r;
            m.benefit_expiry = e;
        });
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
                    {PROGRAMS.map(|(p, value, label)| view! { <option value=value selected=move || program.get() == p>{ui.t(label)}</option> })}
                </select></p>
            <Field id="country" label=Msg::Country value=country error=Signal::derive(|| None)/>
            <Field id="anniversary" label=Msg::Anniversary value=anniversary kind="date" error=shown(|e| e.0)/>
            <Field id="renewal-start" label=Msg::RenewalStart value=renewal_start kind="date" error=shown(|e| e.1)/>
            <Field id="benefit-expiry" label=Msg::BenefitExpiry value=expiry kind="date" error=shown(|e| e.2)/>
            <p class="actions"><button type="submit">{ui.t(Msg::MembershipSave)}</button></p>
        </form>
    }
}

/// The competencies a partner holds: they set the default Visual Studio seats
/// (R14) and whether signature cloud support is unlimited (R16).
#[component]
fn Competencies() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let name = RwSignal::new(String::new());
    let gold = RwSignal::new(false);
    let cloud = RwSignal::new(false);
    let tried = RwSignal::new(false);
    let error = Signal::derive(move || {
        (tried.get() && name.with(|n| n.trim().is_empty())).then_some(Msg::ErrEmpty)
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let n = name.get_untracked().trim().to_owned();
        if n.is_empty() {
            return;
        }
        let level = if gold.get_untracked() {
            CompetencyLevel::Gold
        } else {
            CompetencyLevel::Silver
        };
        let is_cloud = cloud.get_untracked();
        data.change(Msg::ChangeCompetencyAdded, |d| {
            d.membership
                .get_or_insert_with(Membership::default)
                .competencies
                .push(Competency {
                    name: n,
                    level,
                    cloud: is_cloud,
                });
        });
        name.set(String::new());
        gold.set(false);
        cloud.set(false);
        tried.set(false);
    };
    let rows = move || {
        let lang = ui.lang.get();
        data.data.with(|d| {
            d.membership
                .iter()
                .flat_map(|m| m.competencies.iter().enumerate())
                .map(|(i, c)| {
                    let level = lang.t(if c.level == CompetencyLevel::Gold { Msg::CompGold } else { Msg::CompSilver });
                    let remove = move |_| {
                        data.change(Msg::ChangeCompetencyRemoved, |d| {
                            if let Some(m) = d.membership.as_mut()
                                && i < m.competencies.len()
                            {
                                m.competencies.remove(i);
                            }
                        });
                    };
                    view! {
                        <li>
                            <span><strong>{c.name.clone()}</strong> " · " {level}
                                {c.cloud.then(|| format!(" · {}", lang.t(Msg::CompCloud)))}</span>
                            <button type="button" class="secondary small" on:click=remove
                                aria-label=fill(lang.t(Msg::VsRemoveUserNamed), &[("name", &c.name)])>{lang.t(Msg::VsRemoveUser)}</button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card competencies" aria-labelledby="comp-title">
            <h2 id="comp-title">{ui.t(Msg::CompTitle)} " " <RuleLink rule=RuleId::R14/> " " <RuleLink rule=RuleId::R16/></h2>
            <p>{ui.t(Msg::CompText)}</p>
            <Show when=move || data.data.with(|d| d.membership.as_ref().is_some_and(|m| !m.competencies.is_empty()))
                fallback=move || view! { <p class="muted">{ui.t(Msg::CompNone)}</p> }>
                <ul class="comp-list">{rows}</ul>
            </Show>
            <form class="comp-form" on:submit=on_submit novalidate>
                <Field id="comp-name" label=Msg::CompName value=name error/>
                <p class="inline-form">
                    <label><input type="checkbox" prop:checked=gold on:change=move |ev| gold.set(event_target_checked(&ev))/> " " {ui.t(Msg::CompGoldLabel)}</label>
                    <label><input type="checkbox" prop:checked=cloud on:change=move |ev| cloud.set(event_target_checked(&ev))/> " " {ui.t(Msg::CompCloudLabel)}</label>
                </p>
                <p class="actions"><button type="submit">{ui.t(Msg::CompAdd)}</button></p>
            </form>
        </section>
    }
}

lazy_page! {
    /// The membership page.
    MembershipPage => membership_page
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn membership_page() -> AnyView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today;
    let intro = Page::Membership.intro();
    let query = use_query_map();
    let navigate = use_navigate();
    let done = Memo::new(move |_| parse_done(&query.read().get("done").unwrap_or_default()));
    let membership = Memo::new(move |_| data.data.with(|d| d.membership.clone()));
    let window = Memo::new(move |_| {
        membership.get().and_then(|m| {
            let a = m.anniversary?;
            renewal_window(a, m.renewal_start, m.program)
                .ok()
                .map(|w| (w.value, m.program))
        })
    });
    let toggle = move |i: usize| {
        let mut d = done.get_untracked();
        if let Some(at) = d.iter().position(|&x| x == i) {
            d.remove(at);
        } else {
            d.push(i);
            d.sort_unstable();
        }
        let list = d
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(",");
        // The router adds its base to paths given to `navigate` (unlike to hrefs).
        let path = if list.is_empty() {
            "/membership".to_owned()
        } else {
            format!("/membership?done={list}")
        };
        navigate(
            &path,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let finish = move |_| {
        let Some((w, _)) = window.get_untracked() else {
            return;
        };
        data.change(Msg::ChangeRenewed, |d| {
            if let Some(m) = d.membership.as_mut() {
                m.anniversary = Some(w.new_anniversary);
                m.renewal_start = None;
            }
        });
    };
    let renewal = move || {
        let lang = ui.lang.get();
        let Some((w, program)) = window.get() else {
            return view! { <p class="card empty-state">{ui.t(Msg::RenewalNeedsDates)}</p> }
                .into_any();
        };
        let m = membership.get().unwrap_or_default();
        let grace = m
            .anniversary
            .and_then(|a| grace_end(a).ok())
            .map(|g| g.value);
        let toggle = toggle.clone();
        let steps = RENEW_BENEFITS
            .iter()
            .enumerate()
            .map(|(i, &step)| {
                let toggle = toggle.clone();
                let id = format!("step-{i}");
                view! {
                    <li><input type="checkbox" id=id.clone() prop:checked=move || done.get().contains(&i)
                        on:change=move |_| toggle(i)/>
                    " " <label for=id>{lang.t(step_text(step))}</label></li>
                }
            })
            .collect_view();
        view! {
            <section class="card renewal" aria-labelledby="renewal-title">
                <h2 id="renewal-title">{lang.t(Msg::RenewalTitle)} " " <a class="rule-link" href=ui.href("/rules#r4")>"R4"</a></h2>
                <p class="phase" role="status">{phase_text(lang, &w, today, program)}</p>
                <dl class="dates">
                    <dt>{lang.t(Msg::WindowOpens)}</dt><dd>{format_date(lang, w.opens)}</dd>
                    <dt>{lang.t(Msg::WindowCloses)}</dt><dd>{format_date(lang, w.closes)}</dd>
                    <dt>{lang.t(Msg::Reminders)}</dt><dd>{format_date(lang, w.reminder_before)} " · " {format_date(lang, w.reminder_after)}</dd>
                    {m.benefit_expiry.map(|e| view! {
                        <dt>{lang.t(Msg::BenefitExpiry)} " " <a class="rule-link" href=ui.href("/rules#r1")>"R1"</a></dt>
                        <dd>{expiry_text(lang, e, today)}</dd>
                    })}
                    {grace.map(|g| view! {
                        <dt>{lang.t(Msg::GraceUntil)} " " <a class="rule-link" href=ui.href("/rules#r3")>"R3"</a></dt>
                        <dd>{format_date(lang, g)}</dd>
                    })}
                </dl>
                <p>{lang.t(Msg::LapseText)}</p>
                <h3>{lang.t(Msg::StepsTitle)} " " <a class="rule-link" href=ui.href("/rules#r5")>"R5"</a></h3>
                <ol class="checklist">{steps}</ol>
                <p class="actions">
                    <button type="button" disabled=move || done.get().len() < RENEW_BENEFITS.len() on:click=finish>
                        {fill(lang.t(Msg::RenewalFinish), &[("date", &format_date(lang, w.new_anniversary))])}
                    </button>
                </p>
            </section>
        }
        .into_any()
    };
    view! {
        <section class="page" data-page="/membership">
            <h1>{ui.t(Msg::NavMembership)}</h1>
            <p class="lead">{ui.t(intro)}</p>
            <MembershipForm/>
            <Competencies/>
            {renewal}
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_come_from_the_address_and_ignore_nonsense() {
        assert_eq!(parse_done("0,2"), vec![0, 2]);
        assert_eq!(parse_done(""), Vec::<usize>::new());
        assert_eq!(parse_done("1,x,99,3"), vec![1, 3]);
    }

    #[test]
    fn the_phase_reads_as_days_in_each_language() {
        let d = |m, day| NaiveDate::from_ymd_opt(2021, m, day).unwrap();
        let w = renewal_window(d(6, 22), None, ProgramLevel::ActionPack)
            .unwrap()
            .value;
        assert_eq!(
            phase_text(Lang::En, &w, d(6, 23), ProgramLevel::ActionPack),
            "Renewal is open: 29 days left."
        );
        assert_eq!(
            phase_text(Lang::Ko, &w, d(7, 23), ProgramLevel::ActionPack),
            "갱신 기간이 1일 전에 끝났습니다. 혜택과 역량이 만료되었습니다."
        );
        assert!(
            phase_text(Lang::En, &w, d(6, 1), ProgramLevel::ActionPack)
                .contains("after it expires")
        );
    }
}
