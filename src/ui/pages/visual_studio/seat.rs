//! One seat: free (assign it) or assigned (who, since when, when it can move,
//! the grace after renewal), and its history.

use crate::ledger::Facts;
use leptos::prelude::*;

use chrono::NaiveDate;

use crate::i18n::words::{change_error_text, user_label, vs_level_name};
use crate::i18n::{Msg, field_problem, fill, format_date, format_days};
use crate::model::form::DayDraft;
use crate::model::validate::Field as F;
use crate::model::{VsAssignment, VsPastAssignment};
use crate::rules::RuleId;
use crate::rules::dates::days_between;
use crate::rules::membership::grace_end;
use crate::rules::visual_studio::seat_reassignable_from;
use crate::ui::components::form::{Field, day_problem};
use crate::ui::components::{RuleLink, UserPicker, WhyBox};
use crate::ui::data::{DataCtx, use_data};
use crate::ui::state::{Ui, use_ui};

/// Users who hold a seat, as the data changes: they cannot take another.
fn holders(data: DataCtx) -> Signal<Vec<u64>> {
    Signal::derive(move || {
        data.data.with(|d| {
            d.vs_seats
                .iter()
                .filter_map(|s| s.assignment.as_ref().map(|a| a.user))
                .collect()
        })
    })
}

/// Give seat `id` to the chosen user on day `on` (today, or a day from before
/// the app; with the day it was activated when known), and say what the user
/// must do next (R12).
fn assign(
    ui: Ui,
    data: DataCtx,
    id: u64,
    (chosen, on, activated): (RwSignal<Option<u64>>, NaiveDate, Option<NaiveDate>),
    said: RwSignal<Option<String>>,
) {
    let lang = ui.lang.get_untracked();
    let Some(user) = chosen.get_untracked() else {
        said.set(Some(lang.t(Msg::VsPickFirst).to_owned()));
        return;
    };
    let facts = Facts::AssignSeat {
        seat: id,
        user,
        on,
        activated,
    };
    if let Err(e) = data.record(Msg::ChangeSeatAssigned, facts) {
        said.set(Some(change_error_text(lang, &e)));
        return;
    }
    let (name, email) = data.data.with_untracked(|d| {
        d.users
            .iter()
            .find(|u| u.id == user)
            .map(|u| (u.name.clone(), u.email.clone()))
            .unwrap_or_default()
    });
    said.set(Some(fill(
        lang.t(Msg::VsAssignedNext),
        &[("name", &name), ("email", &email)],
    )));
    chosen.set(None);
}

/// One seat of the list.
#[component]
pub fn SeatRow(
    /// The seat's id.
    id: u64,
    /// The page's message line.
    said: RwSignal<Option<String>>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let seat = Memo::new(move |_| {
        data.data
            .with(|d| d.vs_seats.iter().find(|s| s.id == id).cloned())
    });
    let position = Memo::new(move |_| {
        data.data.with(|d| {
            d.vs_seats
                .iter()
                .position(|s| s.id == id)
                .map_or(0, |p| p + 1)
        })
    });
    let body = move || {
        let lang = ui.lang.get();
        let s = seat.get()?;
        let title = fill(
            lang.t(Msg::VsSeatTitle),
            &[
                ("n", &position.get().to_string()),
                ("level", lang.t(vs_level_name(s.level))),
            ],
        );
        let state = match s.assignment {
            None => view! { <FreeSeat id said/> }.into_any(),
            Some(a) => view! { <AssignedSeat id assignment=a said/> }.into_any(),
        };
        Some(view! {
            <h3>{title}</h3>
            {state}
            <SeatHistory history=s.history/>
        })
    };
    let assigned = move || {
        seat.with(|s| s.as_ref().is_some_and(|s| s.assignment.is_some()))
            .to_string()
    };
    view! { <li class="card seat" data-assigned=assigned>{body}</li> }
}

/// A free seat: choose someone, or remove the seat.
#[component]
fn FreeSeat(
    /// The seat's id.
    id: u64,
    /// The page's message line.
    said: RwSignal<Option<String>>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let chosen = RwSignal::new(None::<u64>);
    // History from before the app: the day it was assigned in Partner Center.
    let day = RwSignal::new(data.today().to_string());
    let checked = Memo::new(move |_| DayDraft(day.get()).check(data.today()));
    // The activation day, when known (blank: not known).
    let act = RwSignal::new(String::new());
    let act_checked = Memo::new(move |_| {
        let text = act.get();
        match text.trim() {
            "" => Ok(None),
            _ => DayDraft(text)
                .check_as(F::ActivatedOn, data.today())
                .map(Some),
        }
    });
    let remove = move |_| {
        let _ = data.record(Msg::ChangeSeatRemoved, Facts::RemoveSeat { seat: id });
        said.set(None);
    };
    let give = move |_| {
        if let (Ok(on), Ok(a)) = (checked.get_untracked(), act_checked.get_untracked()) {
            assign(ui, data, id, (chosen, on, a), said);
        }
    };
    let act_error = Signal::derive(move || {
        act_checked
            .with(|c| c.as_ref().err().and_then(|e| e.get(F::ActivatedOn)))
            .map(|e| field_problem(F::ActivatedOn, e))
    });
    view! {
        <p class="seat-state">{ui.t(Msg::VsFree)}</p>
        <Field id=format!("seat-{id}-on") label=Msg::GivenOn value=day kind="date" error=day_problem(checked)/>
        <Field id=format!("seat-{id}-activated") label=Msg::VsActivatedOn value=act kind="date" error=act_error/>
        <p class="inline-form">
            <UserPicker id=format!("seat-{id}-user") label=Msg::VsAssignTo chosen taken=holders(data) none=Msg::VsChooseUser/>
            <button type="button" disabled=move || checked.with(Result::is_err) || act_checked.with(Result::is_err) on:click=give>{ui.t(Msg::VsAssign)}</button>
            <button type="button" class="secondary" on:click=remove>{ui.t(Msg::VsRemoveSeat)}</button>
        </p>
    }
}

/// An assigned seat: its holder (R12), the 90-day lock (R13), the grace after
/// renewal (R3), and moving or freeing it once the lock has passed.
#[component]
fn AssignedSeat(
    /// The seat's id.
    id: u64,
    /// Who holds it, since when.
    assignment: VsAssignment,
    /// The page's message line.
    said: RwSignal<Option<String>>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today();
    let lang = ui.lang.get_untracked();
    let chosen = RwSignal::new(None::<u64>);
    let holder = data.data.with_untracked(|d| {
        user_label(d, assignment.user, || lang.t(Msg::VsUnknownUser).to_owned())
    });
    let on = assignment.assigned_on;
    let from = seat_reassignable_from(&assignment).ok();
    let wait = from.as_ref().map_or(0, |f| days_between(today, f.value));
    let locked = wait > 0;
    let lock_text = from.clone().map(|f| match locked {
        true => fill(
            lang.t(Msg::VsLocked),
            &[
                ("date", &format_date(lang, f.value)),
                ("days", &format_days(lang, wait)),
            ],
        ),
        false => fill(
            lang.t(Msg::VsUnlocked),
            &[("date", &format_date(lang, f.value))],
        ),
    });
    let grace = data.data.with_untracked(|d| {
        let r = d.membership.as_ref()?.anniversary?;
        let g = grace_end(r).ok()?;
        let text = fill(
            lang.t(Msg::VsGrace),
            &[
                ("renewal", &format_date(lang, r)),
                ("date", &format_date(lang, g.value)),
            ],
        );
        Some((text, g))
    });
    let release = move |_| {
        let _ = data.record(
            Msg::ChangeSeatReleased,
            Facts::ReleaseSeat {
                seat: id,
                on: today,
            },
        );
        said.set(None);
    };
    let lock_id = format!("seat-{id}-lock");
    view! {
        <p class="seat-state">{fill(lang.t(Msg::VsAssignedTo), &[("name", &holder), ("date", &format_date(lang, on))])}
            " " <RuleLink rule=RuleId::R12/></p>
        <p id=lock_id.clone() class="seat-lock" data-locked=locked.to_string()>{lock_text} " " <RuleLink rule=from.as_ref().map_or(RuleId::R13, |f| f.why.rule)/></p>
        {from.map(|f| view! { <WhyBox why=f.why value=f.value/> })}
        {grace.map(|(text, g)| view! { <p class="seat-grace">{text} " " <RuleLink rule=RuleId::R3/></p> <WhyBox why=g.why value=g.value/> })}
        <Activation id activated=assignment.activated_on said/>
        <p class="inline-form">
            // While locked there is nobody to choose: the buttons say why they wait.
            {(!locked).then(|| view! { <UserPicker id=format!("seat-{id}-user") label=Msg::VsReassignTo chosen taken=holders(data) none=Msg::VsChooseUser/> })}
            <button type="button" disabled=locked aria-describedby=lock_id.clone() on:click=move |_| assign(ui, data, id, (chosen, today, None), said)>{lang.t(Msg::VsReassign)}</button>
            <button type="button" class="secondary" disabled=locked aria-describedby=lock_id on:click=release>{lang.t(Msg::VsRelease)}</button>
        </p>
    }
}

/// The day the holder activated the seat: shown when known, else recorded
/// here (from Partner Center, for history).
#[component]
fn Activation(
    /// The seat's id.
    id: u64,
    /// The activation day, if known.
    activated: Option<NaiveDate>,
    /// The page's message line.
    said: RwSignal<Option<String>>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    if let Some(on) = activated {
        return view! { <p class="seat-activated">{move || fill(ui.lang.get().t(Msg::VsActivated), &[("date", &format_date(ui.lang.get(), on))])}</p> }.into_any();
    }
    let day = RwSignal::new(String::new());
    let checked = Memo::new(move |_| DayDraft(day.get()).check_as(F::ActivatedOn, data.today()));
    let error = Signal::derive(move || {
        let typed = !day.with(|d| d.trim().is_empty());
        checked
            .with(|c| c.as_ref().err().and_then(|e| e.get(F::ActivatedOn)))
            .filter(|_| typed)
            .map(|e| field_problem(F::ActivatedOn, e))
    });
    let record = move |_| {
        if let Ok(on) = checked.get_untracked()
            && let Err(e) = data.record(
                Msg::ChangeSeatActivated,
                Facts::SetSeatActivation { seat: id, on },
            )
        {
            said.set(Some(change_error_text(ui.lang.get_untracked(), &e)));
        }
    };
    view! {
        <div class="inline-form seat-activation">
            <Field id=format!("seat-{id}-activated") label=Msg::VsActivatedOn value=day kind="date" error/>
            <button type="button" class="secondary" disabled=move || checked.with(Result::is_err) on:click=record>{ui.t(Msg::VsRecordActivation)}</button>
        </div>
    }
    .into_any()
}

/// Earlier holders of a seat, newest first.
#[component]
fn SeatHistory(
    /// The seat's history, oldest first.
    history: Vec<VsPastAssignment>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    (!history.is_empty()).then(|| {
        let lines = move || {
            let lang = ui.lang.get();
            data.data.with(|d| {
                history
                    .iter()
                    .rev()
                    .map(|h| {
                        let name = user_label(d, h.user, || lang.t(Msg::VsUnknownUser).to_owned());
                        let line = fill(
                            lang.t(Msg::VsHistoryLine),
                            &[
                                ("name", &name),
                                ("from", &format_date(lang, h.from)),
                                ("to", &format_date(lang, h.to)),
                            ],
                        );
                        view! { <li>{line}</li> }
                    })
                    .collect_view()
            })
        };
        view! {
            <details class="history"><summary>{ui.t(Msg::VsHistory)}</summary>
                <ul>{lines}</ul>
            </details>
        }
    })
}
