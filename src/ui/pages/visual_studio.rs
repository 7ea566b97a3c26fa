//! Visual Studio seats (R3, R12–R14): the default entitlement of the program
//! level, seats to assign to the people in the user list, the 90-day lock before
//! a seat can move (with the exact date it opens), each seat's history, and the
//! 30-day grace after the renewal date.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::Page;
use crate::i18n::{Lang, Msg, field_error, fill, format_date, format_days, program_label};
use crate::model::validate::{FieldError, check_email};
use crate::model::{Dataset, User, UserSource, VsAssignment, VsLevel, VsPastAssignment, VsSeat};
use crate::rules::RuleId;
use crate::rules::membership::grace_end;
use crate::rules::visual_studio::{days_until_reassignable, entitlement, reassignable_from};
use crate::ui::components::RuleLink;
use crate::ui::components::form::Field;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

fn level_name(level: VsLevel) -> Msg {
    match level {
        VsLevel::Professional => Msg::VsProfessional,
        VsLevel::Enterprise => Msg::VsEnterprise,
    }
}

/// "Name (email)" of user `id`, or a placeholder when the user was removed.
fn who(lang: Lang, d: &Dataset, id: u64) -> String {
    d.users.iter().find(|u| u.id == id).map_or_else(
        || lang.t(Msg::VsUnknownUser).to_owned(),
        |u| format!("{} ({})", u.name, u.email),
    )
}

lazy_page! {
    /// The Visual Studio page.
    VisualStudioPage => visual_studio_page
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn visual_studio_page() -> AnyView {
    let ui = use_ui();
    let data = use_data();
    let intro = Page::VisualStudio.intro();
    // What the last action means for the admin, read out and kept on screen.
    let said = RwSignal::new(None::<String>);
    let seats = move || {
        data.data
            .with(|d| d.vs_seats.iter().map(|s| s.id).collect::<Vec<_>>())
    };
    view! {
        <section class="page" data-page="/visual-studio">
            <h1>{ui.t(Msg::NavVisualStudio)}</h1>
            <p class="lead">{ui.t(intro)}</p>
            <Entitlements said/>
            <p class="card next-step" role="status" hidden=move || said.with(Option::is_none)>{move || said.get()}</p>
            <h2 id="seats-title">{ui.t(Msg::VsSeatsTitle)}</h2>
            <Show when=move || data.data.with(|d| !d.vs_seats.is_empty()) fallback=move || view! {
                <p class="card empty-state">{ui.t(Msg::VsNoSeats)}</p>
            }>
                <ol class="seat-list" aria-labelledby="seats-title">
                    <For each=seats key=|id| *id let:id>
                        <SeatRow id said/>
                    </For>
                </ol>
            </Show>
            <Users/>
        </section>
    }
    .into_any()
}

/// The default entitlement of the program level and the seats recorded, with
/// buttons to add seats.
#[component]
fn Entitlements(said: RwSignal<Option<String>>) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let default = Memo::new(move |_| {
        data.data.with(|d| {
            d.membership.as_ref().map(|m| {
                let levels: Vec<_> = m.competencies.iter().map(|c| c.level).collect();
                (m.program, entitlement(m.program, &levels).value)
            })
        })
    });
    let recorded = move || data.data.with(|d| d.vs_seats.len());
    let add = move |level: VsLevel, n: usize| {
        data.change(Msg::ChangeSeatsAdded, |d| {
            for _ in 0..n {
                let id = d.vs_seats.iter().map(|s| s.id + 1).max().unwrap_or(1);
                d.vs_seats.push(VsSeat {
                    id,
                    level,
                    assignment: None,
                    history: vec![],
                });
            }
        });
        said.set(None);
    };
    let new_level = RwSignal::new(VsLevel::Enterprise);
    view! {
        <div class="card entitlement">
            <h2>{ui.t(Msg::VsEntitlementTitle)} " " <RuleLink rule=RuleId::R14/></h2>
            {move || {
                let lang = ui.lang.get();
                match default.get() {
                    None => view! {
                        <p>{lang.t(Msg::VsNoMembership)} " "
                            <a href=ui.href("/membership")>{lang.t(Msg::NavMembership)}</a></p>
                    }.into_any(),
                    Some((program, e)) => {
                        let missing = (e.seats as usize).saturating_sub(recorded());
                        view! {
                            <p>{fill(lang.t(Msg::VsDefault), &[
                                ("program", lang.t(program_label(program))),
                                ("count", &e.seats.to_string()),
                                ("level", lang.t(level_name(e.level))),
                                ("cap", &e.worldwide_cap.to_string()),
                            ])}</p>
                            <p class="muted">{lang.t(Msg::VsDefaultNote)}</p>
                            {(missing > 0).then(|| view! {
                                <p><button type="button" on:click=move |_| add(e.level, missing)>
                                    {fill(lang.t(Msg::VsAddMissing), &[("count", &missing.to_string())])}</button></p>
                            })}
                        }.into_any()
                    }
                }
            }}
            <p>{move || fill(ui.lang.get().t(Msg::VsRecorded), &[("count", &recorded().to_string())])}</p>
            <p class="inline-form">
                <label for="new-seat-level">{ui.t(Msg::VsLevelLabel)}</label>
                <select id="new-seat-level" on:change=move |ev| new_level.set(
                    if event_target_value(&ev) == "professional" { VsLevel::Professional } else { VsLevel::Enterprise })>
                    <option value="enterprise">{ui.t(Msg::VsEnterprise)}</option>
                    <option value="professional">{ui.t(Msg::VsProfessional)}</option>
                </select>
                <button type="button" class="secondary" on:click=move |_| add(new_level.get_untracked(), 1)>{ui.t(Msg::VsAddSeat)}</button>
            </p>
        </div>
    }
}

/// A list of users to choose from, leaving out those in `taken`.
#[component]
fn UserPicker(
    /// The select's id.
    id: String,
    /// Its label.
    label: Msg,
    /// The chosen user (`None`: nobody).
    chosen: RwSignal<Option<u64>>,
    /// Users who cannot be chosen (they hold a seat already).
    taken: Vec<u64>,
    /// The text of the "nobody" option.
    none: Msg,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let options = data.data.with_untracked(|d| {
        d.users
            .iter()
            .filter(|u| !taken.contains(&u.id))
            .map(|u| (u.id, format!("{} ({})", u.name, u.email)))
            .collect::<Vec<_>>()
    });
    view! {
        <label for=id.clone()>{ui.t(label)}</label>
        <select id=id on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
            <option value="" prop:selected=move || chosen.get().is_none()>{ui.t(none)}</option>
            {options.into_iter().map(|(uid, text)| view! {
                <option value=uid.to_string() prop:selected=move || chosen.get() == Some(uid)>{text}</option>
            }).collect_view()}
        </select>
    }
}

/// One seat: free (assign it) or assigned (who, since when, when it can move,
/// the grace after renewal), and its history.
#[component]
fn SeatRow(id: u64, said: RwSignal<Option<String>>) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today;
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
    let chosen = RwSignal::new(None::<u64>);
    let assign = move |_| {
        let lang = ui.lang.get_untracked();
        let Some(user) = chosen.get_untracked() else {
            said.set(Some(lang.t(Msg::VsPickFirst).to_owned()));
            return;
        };
        data.change(Msg::ChangeSeatAssigned, |d| {
            let Some(s) = d.vs_seats.iter_mut().find(|s| s.id == id) else {
                return;
            };
            if let Some(old) = s.assignment.take() {
                s.history.push(VsPastAssignment {
                    user: old.user,
                    from: old.assigned_on,
                    to: today,
                });
            }
            s.assignment = Some(VsAssignment {
                user,
                assigned_on: today,
            });
        });
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
    };
    let release = move |_| {
        data.change(Msg::ChangeSeatReleased, |d| {
            if let Some(s) = d.vs_seats.iter_mut().find(|s| s.id == id)
                && let Some(old) = s.assignment.take()
            {
                s.history.push(VsPastAssignment {
                    user: old.user,
                    from: old.assigned_on,
                    to: today,
                });
            }
        });
        said.set(None);
    };
    let remove = move |_| {
        data.change(Msg::ChangeSeatRemoved, |d| {
            d.vs_seats.retain(|s| s.id != id)
        });
        said.set(None);
    };
    let body = move || {
        let lang = ui.lang.get();
        let s = seat.get()?;
        let taken: Vec<u64> = data.data.with(|d| {
            d.vs_seats
                .iter()
                .filter_map(|s| s.assignment.as_ref().map(|a| a.user))
                .collect()
        });
        let picker_id = format!("seat-{id}-user");
        let action = match s.assignment {
            None => view! {
                <p class="seat-state">{lang.t(Msg::VsFree)}</p>
                <p class="inline-form">
                    <UserPicker id=picker_id label=Msg::VsAssignTo chosen taken none=Msg::VsChooseUser/>
                    <button type="button" on:click=assign>{lang.t(Msg::VsAssign)}</button>
                    <button type="button" class="secondary" on:click=remove>{lang.t(Msg::VsRemoveSeat)}</button>
                </p>
            }
            .into_any(),
            Some(a) => {
                let holder = data.data.with(|d| who(lang, d, a.user));
                let from = reassignable_from(a.assigned_on).map(|e| e.value).ok();
                let wait = days_until_reassignable(a.assigned_on, today).unwrap_or(0);
                let lock_id = format!("seat-{id}-lock");
                let locked = wait > 0;
                let lock_text = from.map(|f| {
                    if locked {
                        fill(lang.t(Msg::VsLocked), &[("date", &format_date(lang, f)), ("days", &format_days(lang, wait))])
                    } else {
                        fill(lang.t(Msg::VsUnlocked), &[("date", &format_date(lang, f))])
                    }
                });
                let grace = data.data.with(|d| {
                    d.membership.as_ref().and_then(|m| m.anniversary).and_then(|r| {
                        grace_end(r).ok().map(|g| (r, g.value))
                    })
                });
                view! {
                    <p class="seat-state">{fill(lang.t(Msg::VsAssignedTo), &[("name", &holder), ("date", &format_date(lang, a.assigned_on))])}
                        " " <RuleLink rule=RuleId::R12/></p>
                    <p id=lock_id.clone() class="seat-lock" data-locked=locked.to_string()>{lock_text} " " <RuleLink rule=RuleId::R13/></p>
                    {grace.map(|(r, g): (NaiveDate, NaiveDate)| view! {
                        <p class="seat-grace">{fill(lang.t(Msg::VsGrace), &[("renewal", &format_date(lang, r)), ("date", &format_date(lang, g))])}
                            " " <RuleLink rule=RuleId::R3/></p>
                    })}
                    <p class="inline-form">
                        // While locked there is nobody to choose: the buttons say why they wait.
                        {(!locked).then(|| view! { <UserPicker id=picker_id label=Msg::VsReassignTo chosen taken none=Msg::VsChooseUser/> })}
                        <button type="button" disabled=locked aria-describedby=lock_id.clone() on:click=assign>{lang.t(Msg::VsReassign)}</button>
                        <button type="button" class="secondary" disabled=locked aria-describedby=lock_id on:click=release>{lang.t(Msg::VsRelease)}</button>
                    </p>
                }
                .into_any()
            }
        };
        let history = (!s.history.is_empty()).then(|| {
            let lines = data.data.with(|d| {
                s.history
                    .iter()
                    .rev()
                    .map(|h| {
                        fill(
                            lang.t(Msg::VsHistoryLine),
                            &[
                                ("name", &who(lang, d, h.user)),
                                ("from", &format_date(lang, h.from)),
                                ("to", &format_date(lang, h.to)),
                            ],
                        )
                    })
                    .collect::<Vec<_>>()
            });
            view! {
                <details class="history"><summary>{lang.t(Msg::VsHistory)}</summary>
                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                </details>
            }
        });
        Some(view! {
            <h3>{fill(lang.t(Msg::VsSeatTitle), &[("n", &position.get().to_string()), ("level", lang.t(level_name(s.level)))])}</h3>
            {action}
            {history}
        })
    };
    view! { <li class="card seat" data-assigned=move || seat.with(|s| s.as_ref().is_some_and(|s| s.assignment.is_some())).to_string()>{body}</li> }
}

/// The people seats and credits go to: added here or by the CSV import in
/// Settings.
#[component]
fn Users() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let errors = Memo::new(move |_| {
        if !tried.get() {
            return (None, None);
        }
        let n = name
            .with(|n| n.trim().is_empty())
            .then_some(FieldError::Empty);
        let e = email.with(|e| {
            let e = e.trim();
            check_email(e).err().or_else(|| {
                data.data
                    .with(|d| d.users.iter().any(|u| u.email.eq_ignore_ascii_case(e)))
                    .then_some(FieldError::Duplicate)
            })
        });
        (n, e)
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let (n, e) = errors.get_untracked();
        if n.is_some() || e.is_some() {
            return;
        }
        let (n, e) = (
            name.get_untracked().trim().to_owned(),
            email.get_untracked().trim().to_owned(),
        );
        data.change(Msg::ChangeUserAdded, |d| {
            let id = d.users.iter().map(|u| u.id + 1).max().unwrap_or(1);
            d.users.push(User {
                id,
                name: n,
                email: e,
                offers: vec![],
                source: UserSource::Manual,
            });
        });
        name.set(String::new());
        email.set(String::new());
        tried.set(false);
    };
    let rows = move || {
        let lang = ui.lang.get();
        data.data.with(|d| {
            d.users
                .iter()
                .map(|u| {
                    let uid = u.id;
                    let holds = d.vs_seats.iter().any(|s| s.assignment.as_ref().is_some_and(|a| a.user == uid));
                    let source = match u.source {
                        UserSource::Manual => Msg::SourceManual,
                        UserSource::PartnerCenter => Msg::SourcePartnerCenter,
                        UserSource::AzureAd => Msg::SourceAzureAd,
                    };
                    let remove = move |_| data.change(Msg::ChangeUserRemoved, |d| d.users.retain(|u| u.id != uid));
                    view! {
                        <tr>
                            <td>{u.name.clone()}</td>
                            <td>{u.email.clone()}</td>
                            <td>{lang.t(source)}</td>
                            <td>{if holds {
                                view! { <span class="muted">{lang.t(Msg::VsHoldsSeat)}</span> }.into_any()
                            } else {
                                view! { <button type="button" class="secondary small" on:click=remove
                                    aria-label=fill(lang.t(Msg::VsRemoveUserNamed), &[("name", &u.name)])>{lang.t(Msg::VsRemoveUser)}</button> }.into_any()
                            }}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let name_error = Signal::derive(move || errors.get().0.map(field_error));
    let email_error = Signal::derive(move || errors.get().1.map(field_error));
    view! {
        <section class="card users" id="users" aria-labelledby="users-title">
            <h2 id="users-title">{ui.t(Msg::VsUsersTitle)}</h2>
            <p>{ui.t(Msg::VsUsersText)} " " <a href=ui.href("/settings#csv")>{ui.t(Msg::VsUsersImport)}</a></p>
            <Show when=move || data.data.with(|d| !d.users.is_empty()) fallback=move || view! {
                <p class="empty-state">{ui.t(Msg::VsNoUsers)}</p>
            }>
                <div class="table-wrap"><table>
                    <thead><tr>
                        <th scope="col">{ui.t(Msg::UserName)}</th>
                        <th scope="col">{ui.t(Msg::UserEmail)}</th>
                        <th scope="col">{ui.t(Msg::UserSourceLabel)}</th>
                        <th scope="col"><span class="visually-hidden">{ui.t(Msg::VsActions)}</span></th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table></div>
            </Show>
            <form class="user-form" on:submit=on_submit novalidate>
                <h3>{ui.t(Msg::VsAddUserTitle)}</h3>
                <Field id="user-name" label=Msg::UserName value=name error=name_error/>
                <Field id="user-email" label=Msg::UserEmail value=email kind="email" error=email_error/>
                <p class="actions"><button type="submit">{ui.t(Msg::VsAddUser)}</button></p>
            </form>
        </section>
    }
}
