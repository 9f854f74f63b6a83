//! What it feels like, and for how long.

/// One answer to "What does it feel like?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Complaint {
    /// Tight, stiff, "knots".
    Tight,
    /// Sore after exercise or training.
    SoreAfterExercise,
    /// Stress or tension.
    Stress,
    /// Tension headache.
    Headache,
    /// Cannot move as far as usual.
    LimitedMotion,
    /// Desk or posture strain.
    Posture,
    /// Aches of pregnancy.
    Pregnancy,
    /// Swelling.
    Swelling,
    /// Tingling, numbness or shooting pain.
    Numbness,
    /// Sharp pain from a new injury.
    NewInjury,
    /// No complaint: relaxation.
    Relaxation,
}

impl Complaint {
    /// Every complaint in the order the picker lists them.
    pub const ALL: [Complaint; 11] = [
        Complaint::Tight,
        Complaint::SoreAfterExercise,
        Complaint::Stress,
        Complaint::Headache,
        Complaint::LimitedMotion,
        Complaint::Posture,
        Complaint::Pregnancy,
        Complaint::Swelling,
        Complaint::Numbness,
        Complaint::NewInjury,
        Complaint::Relaxation,
    ];

    /// Stable id for URLs and `picker.json`.
    pub fn id(self) -> &'static str {
        match self {
            Complaint::Tight => "tight",
            Complaint::SoreAfterExercise => "sore-after-exercise",
            Complaint::Stress => "stress",
            Complaint::Headache => "headache",
            Complaint::LimitedMotion => "limited-motion",
            Complaint::Posture => "posture",
            Complaint::Pregnancy => "pregnancy",
            Complaint::Swelling => "swelling",
            Complaint::Numbness => "numbness",
            Complaint::NewInjury => "new-injury",
            Complaint::Relaxation => "relaxation",
        }
    }

    /// The complaint with this id.
    pub fn from_id(id: &str) -> Option<Complaint> {
        Complaint::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// How long it has been going on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duration {
    /// Less than six weeks.
    UnderSixWeeks,
    /// Six to twelve weeks.
    SixToTwelveWeeks,
    /// More than twelve weeks.
    OverTwelveWeeks,
}

impl Duration {
    /// Every choice, shortest first.
    pub const ALL: [Duration; 3] = [
        Duration::UnderSixWeeks,
        Duration::SixToTwelveWeeks,
        Duration::OverTwelveWeeks,
    ];

    /// Stable id for URLs.
    pub fn id(self) -> &'static str {
        match self {
            Duration::UnderSixWeeks => "under-6-weeks",
            Duration::SixToTwelveWeeks => "6-12-weeks",
            Duration::OverTwelveWeeks => "over-12-weeks",
        }
    }

    /// The duration with this id.
    pub fn from_id(id: &str) -> Option<Duration> {
        Duration::ALL.into_iter().find(|d| d.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The locale files' labels are looked up by these places.
    #[test]
    fn places_in_all_are_declaration_order() {
        for (i, c) in Complaint::ALL.iter().enumerate() {
            assert_eq!(*c as usize, i);
        }
        for (i, d) in Duration::ALL.iter().enumerate() {
            assert_eq!(*d as usize, i);
        }
    }
}
