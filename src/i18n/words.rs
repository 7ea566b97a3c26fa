//! Words for the app's values: the text helpers every page shares, so no page
//! imports another page for its words. Each takes the language and a value of
//! the model, rules or store, and gives the sentence a person reads.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{Lang, Msg, fill, fill_position, format_days};
use crate::model::{
    AzureCredit, AzureOffer, CreditKind, Dataset, Offer, RedemptionMode, User, VsLevel,
};
use crate::rules::RuleId;
use crate::rules::agenda::{AgendaItem, AgendaLine, ItemKind, Severity};
use crate::rules::membership::{RenewalPhase, RenewalWindow};
use crate::rules::support::Allowance;
use crate::store::{LoadError, ParseError};

/// The words for a parse failure shared by stored data and backup files; `msgs`
/// are the (not JSON, newer, invalid) messages of the place it happened.
pub(crate) fn parse_error_text(lang: Lang, e: &ParseError, msgs: [Msg; 3]) -> String {
    match e {
        ParseError::NotJson { line, column } => fill_position(lang, msgs[0], line, column),
        ParseError::NewerSchema(_) => lang.t(msgs[1]).to_owned(),
        ParseError::Invalid(errors) => {
            fill(lang.t(msgs[2]), &[("count", &errors.len().to_string())])
        }
    }
}

/// Why the stored data could not be read, for the recovery panel.
pub fn load_error_text(lang: Lang, e: &LoadError) -> String {
    match e {
        LoadError::Parse(p) => parse_error_text(
            lang,
            p,
            [
                Msg::RecoveryNotJson,
                Msg::RecoveryNewer,
                Msg::RecoveryInvalid,
            ],
        ),
        LoadError::WrongShape { .. } => lang.t(Msg::RecoveryWrongShape).to_owned(),
    }
}

/// "in 3 days", "today", "2 days ago".
pub fn when(lang: Lang, days_left: i64) -> String {
    match days_left {
        0 => lang.t(Msg::DueToday).to_owned(),
        n if n > 0 => fill(lang.t(Msg::DueIn), &[("days", &format_days(lang, n))]),
        n => fill(lang.t(Msg::DueAgo), &[("days", &format_days(lang, -n))]),
    }
}

/// "Name (email)": how a user is named wherever one is chosen or shown.
pub fn user_text(u: &User) -> String {
    format!("{} ({})", u.name, u.email)
}

/// "Name (email)" of user `id`, or `fallback` when no such user is recorded.
pub fn user_label(data: &Dataset, id: u64, fallback: impl FnOnce() -> String) -> String {
    data.users
        .iter()
        .find(|u| u.id == id)
        .map_or_else(fallback, user_text)
}

pub use super::refusals::{change_error_text, refusal_text, renewal_refusal_text};

/// The name of a way to redeem.
pub fn mode_name(mode: RedemptionMode) -> Msg {
    match mode {
        RedemptionMode::New => Msg::ModeNew,
        RedemptionMode::Add => Msg::ModeAdd,
        RedemptionMode::Extend => Msg::ModeExtend,
    }
}

/// The name of an Azure offer (R11).
pub fn offer_name(offer: AzureOffer) -> Msg {
    match offer {
        AzureOffer::EnterpriseAgreement => Msg::OfferEa,
        AzureOffer::CloudSolutionPartner => Msg::OfferCsp,
        AzureOffer::AzureInOpen => Msg::OfferOpen,
        AzureOffer::AzurePass => Msg::OfferPass,
        AzureOffer::ActionPack => Msg::OfferActionPack,
        AzureOffer::OtherCreditOrPrepaid => Msg::OfferOther,
    }
}

/// "Monthly credit, US$150 a month" / "Bulk credit, US$3,500 in all".
pub fn credit_title(lang: Lang, c: &AzureCredit) -> String {
    let msg = match c.kind {
        CreditKind::Monthly => Msg::CreditMonthly,
        CreditKind::Bulk => Msg::CreditBulk,
    };
    fill(lang.t(msg), &[("amount", &thousands(c.amount))])
}

/// 3500 → "3,500" (both languages group digits by three with commas).
///
/// # Example
/// ```
/// use benefits_desk::i18n::words::thousands;
/// assert_eq!(thousands(150), "150");
/// assert_eq!(thousands(3500), "3,500");
/// assert_eq!(thousands(1_234_567), "1,234,567");
/// assert_eq!(thousands(100_000), "100,000");
/// ```
pub fn thousands(n: u32) -> String {
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

/// The name of a Visual Studio level.
pub fn vs_level_name(level: VsLevel) -> Msg {
    match level {
        VsLevel::Professional => Msg::VsProfessional,
        VsLevel::Enterprise => Msg::VsEnterprise,
    }
}

/// A support allowance: a number, unlimited, or none.
pub fn allowance_text(lang: Lang, a: Allowance) -> String {
    match a {
        Allowance::None => lang.t(Msg::SpNone).to_owned(),
        Allowance::Unlimited => lang.t(Msg::SpUnlimited).to_owned(),
        Allowance::NotPublished => lang.t(Msg::SpNotPublished).to_owned(),
        Allowance::Limited(n) => n.to_string(),
    }
}

/// Where the renewal window stands today (R4), in days. On the anniversary
/// itself (the day before R4's window opens) it adds R23's other reading: the
/// 2025 renewal page opens the window that day, so it may already be open.
pub fn renewal_phase_text(
    lang: Lang,
    w: &RenewalWindow,
    today: NaiveDate,
    program: Offer,
) -> String {
    let phase = w.phase(today);
    let (msg, days) = match phase {
        RenewalPhase::NotYetOpen { days } if program.is_action_pack() => {
            (Msg::PhaseNotYetActionPack, days)
        }
        RenewalPhase::NotYetOpen { days } => (Msg::PhaseNotYet, days),
        RenewalPhase::Open { days_left } => (Msg::PhaseOpen, days_left),
        RenewalPhase::Missed { days_ago } => (Msg::PhaseMissed, days_ago),
    };
    let text = fill(lang.t(msg), &[("days", &format_days(lang, days))]);
    // Under R4's reading the anniversary itself may already be open (R23).
    let anniversary_day = today == w.anniversary && w.opens > today;
    if anniversary_day && !program.is_action_pack() {
        return format!("{text} {}", lang.t(Msg::PhaseMayBeOpen));
    }
    text
}

/// Names of keys (0), subscriptions (1) and seat holders (2), by id: what the
/// agenda's items are about.
#[inline(never)]
pub fn agenda_names(data: &Dataset) -> HashMap<(u8, u64), String> {
    let users: HashMap<u64, &str> = data.users.iter().map(|u| (u.id, u.name.as_str())).collect();
    let keys = data.keys.iter().map(|k| ((0, k.id), k.product.clone()));
    let subs = data
        .subscriptions
        .iter()
        .map(|s| ((1, s.id), s.product.clone()));
    let seats = data.vs_seats.iter().filter_map(|s| {
        let user = s.assignment.as_ref().and_then(|a| users.get(&a.user))?;
        Some(((2, s.id), (*user).to_owned()))
    });
    let benefits = data.benefits.iter().map(|b| ((3, b.id), b.product.clone()));
    let credits = data
        .credits
        .iter()
        .map(|c| ((4, c.id), format!("US${}", thousands(c.amount))));
    keys.chain(subs)
        .chain(seats)
        .chain(benefits)
        .chain(credits)
        .collect()
}

/// The words for an agenda item, with the names of the records it is about
/// (from [`agenda_names`]). Not inlined: the dashboard and the calendar export
/// both call it, and one copy keeps the bundle smaller.
#[inline(never)]
pub fn agenda_item_text(
    lang: Lang,
    item: &AgendaItem,
    names: &HashMap<(u8, u64), String>,
) -> String {
    let name = |kind: u8, id: u64| names.get(&(kind, id)).cloned().unwrap_or_default();
    let (msg, value) = match item.kind {
        // Past the benefit expiry date it can no longer be redeemed (R1).
        ItemKind::RedeemKey(id) if item.severity == Severity::Past => {
            (Msg::ItemKeyExpired, name(0, id))
        }
        ItemKind::RedeemKey(id) => (Msg::ItemRedeemKey, name(0, id)),
        ItemKind::KeyValidityEnds(id) => (Msg::ItemKeyValidity, name(0, id)),
        ItemKind::RedeemBenefit(id) if item.severity == Severity::Past => {
            (Msg::ItemKeyExpired, name(3, id))
        }
        ItemKind::RedeemBenefit(id) => (Msg::ItemRedeemBenefit, name(3, id)),
        ItemKind::BenefitEnds(id) => (Msg::ItemBenefitEnds, name(3, id)),
        ItemKind::SubscriptionEnds(id) => (Msg::ItemSubscriptionEnds, name(1, id)),
        ItemKind::SeatReassignable(id) => (Msg::ItemSeatReassignable, name(2, id)),
        ItemKind::IncidentsLow(n) => (Msg::ItemIncidentsLow, n.to_string()),
        ItemKind::RenewalOpens => (Msg::ItemRenewalOpens, String::new()),
        ItemKind::RenewalCloses => (Msg::ItemRenewalCloses, String::new()),
        ItemKind::Lapse { rebuy: false } => (Msg::ItemLapse, String::new()),
        ItemKind::Lapse { rebuy: true } => (Msg::ItemLapseRebuy, String::new()),
        ItemKind::GraceEnds => (Msg::ItemGraceEnds, String::new()),
        ItemKind::SupportContractEnds => (Msg::ItemSupportEnds, String::new()),
        ItemKind::CreditEnds(id) => (Msg::ItemCreditEnds, name(4, id)),
        ItemKind::MoveToPackage => (Msg::ItemMoveToPackage, String::new()),
        ItemKind::ReassignAfterMove => (Msg::ItemReassignAfterMove, String::new()),
    };
    fill(lang.t(msg), &[("name", &value), ("count", &value)])
}

/// The words for an agenda line: its one item, or how many of a kind.
pub fn agenda_line_text(
    lang: Lang,
    line: &AgendaLine,
    names: &HashMap<(u8, u64), String>,
) -> String {
    let many = match line.first.kind {
        _ if line.count == 1 => None,
        ItemKind::RedeemKey(_) if line.first.severity == Severity::Past => {
            Some(Msg::ItemKeysExpired)
        }
        ItemKind::RedeemBenefit(_) if line.first.severity == Severity::Past => {
            Some(Msg::ItemBenefitsExpired)
        }
        ItemKind::RedeemKey(_) => Some(Msg::ItemRedeemKeys),
        ItemKind::KeyValidityEnds(_) => Some(Msg::ItemKeysValidity),
        ItemKind::RedeemBenefit(_) => Some(Msg::ItemRedeemBenefits),
        ItemKind::BenefitEnds(_) => Some(Msg::ItemBenefitsEnd),
        ItemKind::SubscriptionEnds(_) => Some(Msg::ItemSubscriptionsEnd),
        ItemKind::SeatReassignable(_) => Some(Msg::ItemSeatsReassignable),
        _ => None,
    };
    match many {
        Some(msg) => fill(lang.t(msg), &[("count", &line.count.to_string())]),
        None => agenda_item_text(lang, &line.first, names),
    }
}

/// The title of each rule.
pub fn rule_title(rule: RuleId) -> Msg {
    const TITLES: [Msg; 28] = [
        Msg::R1Title,
        Msg::R2Title,
        Msg::R3Title,
        Msg::R4Title,
        Msg::R5Title,
        Msg::R6Title,
        Msg::R7Title,
        Msg::R8Title,
        Msg::R9Title,
        Msg::R10Title,
        Msg::R11Title,
        Msg::R12Title,
        Msg::R13Title,
        Msg::R14Title,
        Msg::R15Title,
        Msg::R16Title,
        Msg::R17Title,
        Msg::R18Title,
        Msg::R19Title,
        Msg::R20Title,
        Msg::R21Title,
        Msg::R22Title,
        Msg::R23Title,
        Msg::R24Title,
        Msg::R25Title,
        Msg::R26Title,
        Msg::R27Title,
        Msg::R28Title,
    ];
    TITLES[rule as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::change::ChangeError;
    use crate::rules::keys::Refusal;

    #[test]
    fn the_renewal_phase_reads_as_days_in_each_language() {
        use crate::rules::membership::renewal_window;
        let d = |m, day| NaiveDate::from_ymd_opt(2021, m, day).unwrap();
        let r = Default::default();
        let w = renewal_window(d(6, 22), None, Offer::ActionPack, &r)
            .unwrap()
            .value;
        assert_eq!(
            renewal_phase_text(Lang::En, &w, d(6, 23), Offer::ActionPack),
            "Renewal is open: 29 days left."
        );
        assert_eq!(
            renewal_phase_text(Lang::Ko, &w, d(7, 23), Offer::ActionPack),
            "갱신 기간이 1일 전에 끝났습니다. 혜택과 역량이 만료되었습니다."
        );
        assert!(
            renewal_phase_text(Lang::En, &w, d(6, 1), Offer::ActionPack)
                .contains("after it expires")
        );
        // R23: on the anniversary itself the other reading is named, as an
        // estimate, and only there (an Action Pack renews once expired).
        let sp = renewal_window(d(6, 22), None, Offer::SolutionsPartner, &r)
            .unwrap()
            .value;
        assert_eq!(
            renewal_phase_text(Lang::En, &sp, d(6, 22), Offer::SolutionsPartner),
            "Renewal opens in 1 day. Estimate: the 2025 renewal page opens the window on the anniversary itself, so it may already be open today (R23)."
        );
        assert!(!renewal_phase_text(Lang::En, &sp, d(6, 21), Offer::Gold).contains("R23"));
        assert!(!renewal_phase_text(Lang::En, &w, d(6, 22), Offer::ActionPack).contains("R23"));
    }

    #[test]
    fn texts_that_misled_now_say_what_the_rules_say() {
        use crate::i18n::examples::rule_text;
        // R7: the key's licenses get less than a year; the end date moves either way.
        let r7 = Lang::En.t(rule_text(RuleId::R7));
        assert!(
            r7.contains("less than the twelve months")
                && r7.contains("later if it was near, earlier")
        );
        // R13 in Korean: June 1 gives August 30, with no "day 90" to misread.
        let r13 = Lang::Ko.t(rule_text(RuleId::R13));
        assert!(r13.contains("6월 1일에 할당했다면 8월 30일부터") && !r13.contains("90일째"));
        // R10 is about demonstrations; R8 names three times the active licenses.
        assert!(
            Lang::En
                .t(Msg::ErrCustomerTenant)
                .contains("demonstrations")
        );
        assert!(Lang::Ko.t(Msg::ErrCustomerTenant).contains("시연용"));
        let r8 = refusal_text(Lang::En, Refusal::OverThreeYears { max_licenses: 15 });
        assert!(r8.contains("more than three times the subscription's active licenses"));
        // R4 opens the day after the anniversary; the sign-in names the partner admin.
        assert!(
            Lang::En
                .t(rule_text(RuleId::R4))
                .starts_with("The renewal window opens the day after the anniversary")
        );
        for lang in Lang::ALL {
            assert!(!lang.t(Msg::StepSignIn).contains("agent"));
            assert!(!lang.t(Msg::StepSignIn).contains("에이전트"));
            assert!(!lang.t(Msg::OfferPass).contains("평가판"));
            assert!(
                !lang
                    .t(rule_text(RuleId::R11))
                    .contains("Cloud Solution Partner")
            );
        }
        assert!(Lang::En.t(Msg::StepSignIn).contains("partner admin"));
    }

    #[test]
    fn a_refusal_of_a_change_names_what_stops_it() {
        let e = ChangeError::OfferConflict(vec![AzureOffer::AzurePass, AzureOffer::ActionPack]);
        let text = change_error_text(Lang::En, &e);
        assert!(
            text.contains("Azure Pass") && text.contains("Action Pack"),
            "{text}"
        );
        let r = ChangeError::Refused(Refusal::OverThreeYears { max_licenses: 15 });
        assert!(change_error_text(Lang::En, &r).contains("15"));
    }
}
