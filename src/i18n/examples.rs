//! The Rules page's words that the engine computes: each rule's worked example
//! (the RULES.md cases, computed now by the rules engine), its title and text,
//! and the public page it comes from.

use chrono::NaiveDate;

use super::{Lang, Msg, fill, format_date, offer_label};
use crate::model::{AzureOffer, CompetencyLevel, CreditKind, Offer, TenantOwner};
use crate::rules::keys::{add_licenses, check_tenant, extend, replacement_deadline, usable_until};
use crate::rules::membership::{grace_end, new_anniversary, redeem_window, renewal_window};
use crate::rules::program::{Renewability, renewability};
use crate::rules::readings::{Question, Readings};
use crate::rules::support::{allowances, contract_end, contract_year};
use crate::rules::visual_studio::{entitlement, reassignable_from};
use crate::rules::{RuleId, azure};

/// Where each rule is written: a page of Microsoft's Partner Center
/// documentation and, on the benefits FAQ, the question's anchor.
fn source(rule: RuleId) -> (&'static str, &'static str) {
    const FAQ: &str = "benefits-faq";
    match rule {
        // The 30-day grace is part of the FAQ's answer on the expiry date.
        RuleId::R1 | RuleId::R2 | RuleId::R3 => (FAQ, "q-what-does-benefit-expiry-date-mean"),
        RuleId::R5 => (FAQ, "q-how-do-i-renew-my-benefits"),
        RuleId::R4 => (FAQ, "q-when-can-i-renew-my-membership"),
        RuleId::R6 => (
            FAQ,
            "q-i-received-a-notification-informing-me-that-my-subscription-is-expiring-soon---what-should-i-do",
        ),
        RuleId::R7 | RuleId::R8 | RuleId::R9 => (
            FAQ,
            "q-how-does-adding-extendingrenewing-licenses-work-on-azure",
        ),
        RuleId::R10 => (FAQ, "q-can-i-activate-the-license-on-my-customers-account"),
        RuleId::R11 => (
            FAQ,
            "q-im-having-trouble-assigning-users-in-azure-bulk-credit-what-should-i-do",
        ),
        RuleId::R12 | RuleId::R13 => (
            FAQ,
            "q-how-does-visual-studio-activation-work-in-partner-center",
        ),
        // The seat tables and the incident allowances are on their benefit's own page.
        RuleId::R14 => ("mpn-benefits-visual-studio", ""),
        RuleId::R16 => ("mpn-benefits-technical-support", ""),
        RuleId::R15 => (
            FAQ,
            "q-i-cant-install-the-software-i-downloaded-from-partner-center-how-do-i-get-help",
        ),
        // The program since 2022: each on the page RULES.md names.
        RuleId::R17 | RuleId::R18 | RuleId::R19 => ("cloud-services", ""),
        RuleId::R20 | RuleId::R21 => ("mpn-benefits-azure-cloud", ""),
        RuleId::R22 | RuleId::R23 | RuleId::R24 => ("renew-mpn-offers", ""),
        RuleId::R25 => ("mpn-get-action-pack", ""),
        RuleId::R26 => ("solutions-partner-faq", ""),
        RuleId::R27 => ("mpn-benefits-visual-studio", ""),
        RuleId::R28 => ("mpn-benefits-technical-support", ""),
    }
}

/// The public page of a rule, in the reader's language.
pub fn source_url(lang: Lang, rule: RuleId) -> String {
    let locale = match lang {
        Lang::En => "en-us",
        Lang::Ko => "ko-kr",
    };
    let (page, anchor) = source(rule);
    let anchor = if anchor.is_empty() {
        String::new()
    } else {
        format!("#{anchor}")
    };
    format!("https://learn.microsoft.com/{locale}/partner-center/{page}{anchor}")
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
}

/// A rule's worked example, computed by the rules engine now. Rules that are a
/// procedure (R5, R6, R12) give their steps instead (see
/// [`steps_for`](crate::rules::steps::steps_for)).
pub fn example(lang: Lang, rule: RuleId) -> Option<String> {
    let (msg, values) = membership_example(lang, rule)
        .or_else(|| keys_example(lang, rule))
        .or_else(|| benefits_example(lang, rule))
        .or_else(|| program_example(lang, rule))?;
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Some(fill(lang.t(msg), &values))
}

/// R1–R4: expiry, key validity, grace, the renewal window.
fn membership_example(lang: Lang, rule: RuleId) -> Option<(Msg, Vec<(&'static str, String)>)> {
    let date = |x: NaiveDate| format_date(lang, x);
    let verdict = |ok: bool| lang.t(if ok { Msg::ExAllowed } else { Msg::ExRefused });
    Some(match rule {
        RuleId::R1 => {
            let e = d(2021, 1, 31);
            let next = d(2021, 2, 1);
            (
                Msg::R1Example,
                vec![
                    ("date", date(e)),
                    ("ok", verdict(redeem_window(e, e).value.is_open()).into()),
                    ("next", date(next)),
                    ("no", verdict(redeem_window(e, next).value.is_open()).into()),
                ],
            )
        }
        RuleId::R2 => (
            Msg::R2Example,
            vec![
                ("a", date(d(2020, 12, 1))),
                ("b", date(usable_until(d(2020, 12, 1)).ok()?.value)),
                ("c", date(d(2024, 2, 29))),
                ("d", date(usable_until(d(2024, 2, 29)).ok()?.value)),
            ],
        ),
        RuleId::R3 => (
            Msg::R3Example,
            vec![
                ("a", date(d(2021, 6, 30))),
                ("b", date(grace_end(d(2021, 6, 30)).ok()?.value)),
            ],
        ),
        RuleId::R4 => {
            // R4's own reading of every question it answers.
            let mut r4 = Readings::default();
            r4.set(Question::NewAnniversary, RuleId::R4);
            let w = renewal_window(d(2021, 6, 30), None, Offer::Gold, &r4)
                .ok()?
                .value;
            let ap = renewal_window(d(2021, 6, 22), None, Offer::ActionPack, &r4)
                .ok()?
                .value;
            let new = new_anniversary(d(2021, 6, 30), w.opens, &r4).ok()?.value;
            (
                Msg::R4Example,
                vec![
                    ("a", date(d(2021, 6, 30))),
                    ("opens", date(w.opens)),
                    ("closes", date(w.closes)),
                    ("new", date(new)),
                    ("ap", date(d(2021, 6, 22))),
                    ("apopens", date(ap.opens)),
                ],
            )
        }
        _ => return None,
    })
}

/// R7–R10: adding, extending, replacing, whose tenant.
fn keys_example(lang: Lang, rule: RuleId) -> Option<(Msg, Vec<(&'static str, String)>)> {
    let date = |x: NaiveDate| format_date(lang, x);
    let verdict = |ok: bool| lang.t(if ok { Msg::ExAllowed } else { Msg::ExRefused });
    Some(match rule {
        RuleId::R7 => {
            let a = add_licenses(100, d(2021, 3, 1), 100, d(2021, 1, 1))
                .ok()?
                .value;
            let n = add_licenses(0, d(2021, 1, 1), 25, d(2021, 1, 1))
                .ok()?
                .value;
            (
                Msg::R7Example,
                vec![
                    ("licenses", a.licenses.to_string()),
                    ("end", date(a.end)),
                    ("newend", date(n.end)),
                ],
            )
        }
        RuleId::R8 => {
            let a = extend(100, d(2021, 3, 31), 25, d(2021, 1, 1)).ok()?.value;
            let b = extend(5, d(2021, 5, 15), 10, d(2021, 1, 1)).ok()?.value;
            let c = extend(5, d(2021, 5, 15), 16, d(2021, 1, 1)).is_ok();
            (
                Msg::R8Example,
                vec![
                    ("a", date(a.end)),
                    ("b", date(b.end)),
                    ("c", verdict(c).into()),
                ],
            )
        }
        RuleId::R9 => (
            Msg::R9Example,
            vec![
                ("a", date(d(2021, 3, 1))),
                ("b", date(replacement_deadline(d(2021, 3, 1)).ok()?.value)),
            ],
        ),
        RuleId::R10 => (
            Msg::R10Example,
            vec![
                (
                    "own",
                    verdict(check_tenant(TenantOwner::Partner).is_ok()).into(),
                ),
                (
                    "customer",
                    verdict(check_tenant(TenantOwner::Customer).is_ok()).into(),
                ),
            ],
        ),
        _ => return None,
    })
}

/// R19, R22, R25, R26: the program since 2022 (the RULES.md cases).
fn program_example(lang: Lang, rule: RuleId) -> Option<(Msg, Vec<(&'static str, String)>)> {
    use crate::rules::program::{
        SUCCESSORS, keyless_end, last_legacy_renewal, membership_dates, refund_until,
    };
    let date = |x: NaiveDate| format_date(lang, x);
    Some(match rule {
        RuleId::R19 => {
            let (end, on) = (d(2026, 3, 10), d(2025, 11, 1));
            (
                Msg::R19Example,
                vec![
                    ("end", date(end)),
                    ("on", date(on)),
                    ("until", date(keyless_end(end, on).value)),
                    ("keyed", date(usable_until(on).ok()?.value)),
                ],
            )
        }
        RuleId::R22 => {
            let bought = d(2023, 6, 1);
            let m = membership_dates(bought).ok()?.value;
            (
                Msg::R22Example,
                vec![
                    ("bought", date(bought)),
                    ("end", date(m.membership_end)),
                    ("benefits", date(m.benefits_end)),
                ],
            )
        }
        RuleId::R25 => {
            let last = last_legacy_renewal();
            let next = last.succ_opt()?;
            let names: Vec<&str> = SUCCESSORS.iter().map(|o| lang.t(offer_label(*o))).collect();
            // The verdicts come from the engine: the example says what it decides.
            let renews = |a| renewability(Offer::ActionPack, a).value == Renewability::Renews;
            if !renews(last) || renews(next) {
                return None;
            }
            (
                Msg::R25Example,
                vec![
                    ("last", date(last)),
                    ("next", date(next)),
                    ("successors", names.join(", ")),
                ],
            )
        }
        RuleId::R17 => (
            Msg::R17Example,
            vec![("n", "25".into()), ("on", date(d(2025, 11, 1)))],
        ),
        RuleId::R18 => {
            let verdict = |o| {
                lang.t(if check_tenant(o).is_ok() {
                    Msg::ExAllowed
                } else {
                    Msg::ExRefused
                })
            };
            (
                Msg::R18Example,
                vec![
                    ("own", verdict(TenantOwner::Partner).into()),
                    ("customer", verdict(TenantOwner::Customer).into()),
                ],
            )
        }
        RuleId::R20 => {
            let end = d(2026, 3, 10);
            (
                Msg::R20Example,
                vec![("amount", "US$3,500".into()), ("until", date(end))],
            )
        }
        RuleId::R21 => {
            let on = d(2025, 11, 1);
            (
                Msg::R21Example,
                vec![
                    ("on", date(on)),
                    ("until", date(azure::monthly_usable_until(on).ok()?)),
                    ("moves", azure::MONTHLY_MOVES.to_string()),
                ],
            )
        }
        RuleId::R23 | RuleId::R24 => {
            let a = d(2026, 6, 30);
            let w = renewal_window(a, None, Offer::SolutionsPartner, &Readings::default())
                .ok()?
                .value;
            let mut r23 = Readings::default();
            r23.set(Question::WindowOpens, RuleId::R23);
            let early = renewal_window(a, None, Offer::SolutionsPartner, &r23)
                .ok()?
                .value;
            let after = w.closes.succ_opt()?;
            let msg = if rule == RuleId::R23 {
                Msg::R23Example
            } else {
                Msg::R24Example
            };
            (
                msg,
                vec![
                    ("a", date(a)),
                    ("opens", date(w.opens)),
                    ("early", date(early.opens)),
                    ("closes", date(w.closes)),
                    ("after", date(after)),
                ],
            )
        }
        RuleId::R27 => {
            let (assigned, activated) = (d(2026, 6, 1), d(2026, 6, 20));
            (
                Msg::R27Example,
                vec![
                    ("assigned", date(assigned)),
                    ("activated", date(activated)),
                    (
                        "from",
                        date(reassignable_from(assigned.max(activated)).ok()?.value),
                    ),
                    ("r13", date(reassignable_from(assigned).ok()?.value)),
                ],
            )
        }
        RuleId::R28 => {
            let a = allowances(Offer::SolutionsPartner, false).value;
            let p = allowances(Offer::PartnerLaunch, false).value;
            let text = |x| crate::i18n::words::allowance_text(lang, x);
            (
                Msg::R28Example,
                vec![
                    ("offer", lang.t(offer_label(Offer::SolutionsPartner)).into()),
                    ("onprem", text(a.on_premises_incidents)),
                    ("cloud", text(a.cloud_incidents)),
                    ("hours", text(a.advisory_hours)),
                    ("package", lang.t(offer_label(Offer::PartnerLaunch)).into()),
                    ("unknown", text(p.on_premises_incidents)),
                ],
            )
        }
        RuleId::R26 => {
            let bought = d(2026, 11, 1);
            (
                Msg::R26Example,
                vec![
                    ("bought", date(bought)),
                    ("last", date(refund_until(bought).ok()?.value)),
                ],
            )
        }
        _ => return None,
    })
}

/// R11, R13–R16: credits, seats, support.
fn benefits_example(lang: Lang, rule: RuleId) -> Option<(Msg, Vec<(&'static str, String)>)> {
    let date = |x: NaiveDate| format_date(lang, x);
    let verdict = |ok: bool| lang.t(if ok { Msg::ExAllowed } else { Msg::ExRefused });
    Some(match rule {
        RuleId::R11 => (
            Msg::R11Example,
            vec![
                (
                    "bulk",
                    verdict(azure::can_assign(CreditKind::Bulk, &[AzureOffer::AzurePass]).is_ok())
                        .into(),
                ),
                (
                    "monthly",
                    verdict(
                        azure::can_assign(CreditKind::Monthly, &[AzureOffer::AzurePass]).is_ok(),
                    )
                    .into(),
                ),
            ],
        ),
        RuleId::R13 => (
            Msg::R13Example,
            vec![
                ("a", date(d(2021, 6, 1))),
                ("b", date(reassignable_from(d(2021, 6, 1)).ok()?.value)),
            ],
        ),
        RuleId::R14 => {
            let e = entitlement(
                Offer::Gold,
                &[CompetencyLevel::Gold, CompetencyLevel::Silver],
            )?
            .value;
            let ap = entitlement(Offer::ActionPack, &[])?.value;
            (
                Msg::R14Example,
                vec![("gold", e.seats.to_string()), ("ap", ap.seats.to_string())],
            )
        }
        RuleId::R15 => (
            Msg::R15Example,
            vec![
                ("a", date(d(2024, 2, 29))),
                ("b", date(contract_end(d(2024, 2, 29)).ok()?.value)),
                ("c", date(contract_year(d(2024, 2, 29), 1).ok()?.value.0)),
            ],
        ),
        RuleId::R16 => {
            let a = allowances(Offer::Silver, false).value;
            let count = |x| match x {
                crate::rules::support::Allowance::Limited(n) => n.to_string(),
                _ => "–".into(),
            };
            (
                Msg::R16Example,
                vec![
                    ("program", lang.t(offer_label(Offer::Silver)).into()),
                    ("onprem", count(a.on_premises_incidents)),
                    ("cloud", count(a.cloud_incidents)),
                    ("hours", count(a.advisory_hours)),
                ],
            )
        }
        _ => return None,
    })
}

/// Each rule in the app's own words (drawn on the Rules page only: its texts
/// go with that page's catalog part, see build.rs).
pub fn rule_text(rule: RuleId) -> Msg {
    const TEXTS: [Msg; 28] = [
        Msg::R1Text,
        Msg::R2Text,
        Msg::R3Text,
        Msg::R4Text,
        Msg::R5Text,
        Msg::R6Text,
        Msg::R7Text,
        Msg::R8Text,
        Msg::R9Text,
        Msg::R10Text,
        Msg::R11Text,
        Msg::R12Text,
        Msg::R13Text,
        Msg::R14Text,
        Msg::R15Text,
        Msg::R16Text,
        Msg::R17Text,
        Msg::R18Text,
        Msg::R19Text,
        Msg::R20Text,
        Msg::R21Text,
        Msg::R22Text,
        Msg::R23Text,
        Msg::R24Text,
        Msg::R25Text,
        Msg::R26Text,
        Msg::R27Text,
        Msg::R28Text,
    ];
    TEXTS[rule as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::steps::steps_for;

    fn en(rule: RuleId) -> String {
        example(Lang::En, rule).unwrap()
    }

    #[test]
    fn worked_examples_give_the_rules_md_answers() {
        assert_eq!(
            en(RuleId::R1),
            "Benefit expiry January 31, 2021: a key redeemed on January 31, 2021 is allowed; \
             one redeemed on February 1, 2021 is refused."
        );
        assert!(en(RuleId::R2).contains("works until December 1, 2021"));
        assert!(en(RuleId::R2).contains("works until February 28, 2025"));
        assert!(en(RuleId::R3).ends_with("until July 30, 2021."));
        assert!(en(RuleId::R7).contains("200 licenses until August 1, 2021"));
        assert!(en(RuleId::R7).ends_with("until January 1, 2022."));
        let r8 = en(RuleId::R8);
        assert!(r8.contains("until June 30, 2021") && r8.contains("until May 15, 2023"));
        assert!(r8.ends_with("The same with 16 → refused."));
        assert!(en(RuleId::R10).ends_with("Into a customer's tenant: refused."));
        assert!(en(RuleId::R11).contains("bulk credit refused; monthly credit allowed"));
        assert!(en(RuleId::R13).ends_with("from August 30, 2021."));
        assert!(en(RuleId::R14).contains(": 40 Enterprise seats"));
        assert!(en(RuleId::R15).contains("runs until February 27, 2025"));
        assert!(en(RuleId::R15).ends_with("on the anniversary, February 28, 2025."));
        // The program since 2022 (RULES.md cases R19, R22, R25).
        assert!(en(RuleId::R19).contains("on November 1, 2025 ends March 10, 2026"));
        let r22 = en(RuleId::R22);
        assert!(r22.contains("ends May 31, 2024") && r22.contains("end June 30, 2024"));
        let r25 = en(RuleId::R25);
        assert!(r25.contains("on January 21, 2025 could still renew"));
        assert!(r25.contains("on January 22, 2025 cannot: Partner Launch benefits package"));
        assert!(en(RuleId::R27).contains(
            "from September 18, 2026 (counting from the assignment alone, R13: August 30, 2026)"
        ));
        assert!(
            en(RuleId::R28)
                .contains("20 on-premises incidents, unlimited cloud incidents, 50 advisory hours")
        );
    }

    #[test]
    fn every_rule_has_an_example_or_steps_in_both_languages() {
        for rule in RuleId::ALL {
            for lang in [Lang::En, Lang::Ko] {
                let has = example(lang, rule).is_some_and(|t| !t.contains('{'));
                assert!(has || steps_for(rule).is_some(), "{rule:?} {lang:?}");
            }
            assert!(source_url(Lang::Ko, rule).starts_with("https://learn.microsoft.com/ko-kr/"));
        }
    }

    #[test]
    fn the_grace_the_seat_tables_and_the_support_allowances_link_to_the_page_that_holds_them() {
        assert!(
            source_url(Lang::En, RuleId::R3)
                .ends_with("benefits-faq#q-what-does-benefit-expiry-date-mean")
        );
        assert!(
            source_url(Lang::En, RuleId::R14)
                .ends_with("/partner-center/mpn-benefits-visual-studio")
        );
        assert!(
            source_url(Lang::Ko, RuleId::R16)
                .ends_with("/ko-kr/partner-center/mpn-benefits-technical-support")
        );
    }
}
