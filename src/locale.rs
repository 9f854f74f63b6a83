//! The words of one locale: every text the visitor sees that is not the clinic's content
//! (header, footer, the picker's steps, body parts, complaints, red flags, results, errors,
//! dates). They live in `locales/{code}.json`, one file per language, which ship with the code:
//! adding a language is adding a file. The build reads each file (`Words::read`), checks it is
//! complete against the reference (`en.json`), and hands the pages a compact copy: the picker
//! page's wasm gets it inside its content file, the widget as `locales/{code}.json` made by the
//! build.
//!
//! Texts are looked up by `Key`, an index into a list: a list costs the wasm a few bytes per
//! text where a struct with a field per text costs a deserializer per field.

use crate::text::fill;
use serde::{Deserialize, Serialize};

macro_rules! keys {
    ($($key:ident = $name:literal,)*) => {
        /// A text of the locale file, by its name there (`"header.skip"`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key { $(#[doc = $name] $key,)* }

        /// The locale file's name of every key, in `Key` order.
        pub const NAMES: &[&str] = &[$($name,)*];
    };
}

keys! {
    LangName = "language.name",
    LangSwitch = "language.switch",
    Skip = "header.skip",
    BrandFallback = "header.brand",
    NavLabel = "header.nav",
    NavAbout = "header.about",
    NavPicker = "header.picker",
    NavTypes = "header.massage_types",
    NavArticles = "header.articles",
    FootContact = "footer.contact",
    FootHours = "footer.hours",
    FootNote = "footer.note",
    BookNotOffered = "booking.not_offered",
    BookAsk = "booking.ask",
    BookButton = "booking.button",
    BookOrCall = "booking.or_call",
    BookCall = "booking.call",
    BookWays = "booking.ways",
    Loading = "load.loading",
    ErrTitle = "load.title",
    ErrNetwork = "load.network",
    ErrHttp = "load.http",
    ErrParse = "load.parse",
    Retry = "load.retry",
    HomeAbout = "home.about",
    CtaTitle = "home.cta_title",
    CtaText = "home.cta_text",
    CtaButton = "home.cta_button",
    Latest = "home.latest",
    AllArticles = "home.all_articles",
    ArticlesTitle = "articles.title",
    ArticlesDescription = "articles.description",
    ArticlesLead = "articles.lead",
    ArticleBy = "article.by",
    ArticleMinutes = "article.minutes",
    ArticleRelated = "article.related",
    Translated = "article.translated",
    TranslatedLink = "article.original",
    TypesTitle = "types.title",
    TypesDescription = "types.description",
    TypesLead = "types.lead",
    TypesOffered = "types.offered",
    TypesAlso = "types.also",
    TypesNotOffered = "types.not_offered",
    TypesCardMeta = "types.card_meta",
    TypeSource = "type.source",
    TypePressure = "type.pressure",
    TypeLength = "type.length",
    TypeSession = "type.session",
    TypeMayHelp = "type.may_help",
    TypeCautions = "type.cautions",
    TypeBook = "type.book",
    NotFoundTitle = "not_found.title",
    NotFoundDescription = "not_found.description",
    NotFoundLead = "not_found.lead",
    NotFoundAbout = "not_found.about",
    PickerTitle = "picker.title",
    PickerDescription = "picker.description",
    PickerLead = "picker.lead",
    PickerNoScript = "picker.no_script",
    PickerUnknown = "picker.unknown",
    PickerUnavailable = "picker.unavailable",
    PickerMeanwhile = "picker.meanwhile",
    PickerMeanwhileLink = "picker.meanwhile_link",
    WhereTitle = "picker.where_title",
    SideHint = "picker.side_hint",
    ModeLabel = "picker.mode",
    ModeMap = "picker.mode_map",
    ModeList = "picker.mode_list",
    StartOver = "picker.start_over",
    Print = "picker.print",
    FigureTap = "figure.tap",
    FigureChosen = "figure.chosen",
    FigureSides = "figure.sides",
    FigureFront = "figure.front",
    FigureBack = "figure.back",
    FigureFrontLabel = "figure.front_label",
    FigureBackLabel = "figure.back_label",
    YourRight = "figure.your_right",
    YourLeft = "figure.your_left",
    FeelTitle = "feel.title",
    FeelHowLong = "feel.how_long",
    HealthTitle = "health.title",
    HealthHint = "health.hint",
    SafetyTitle = "safety.title",
    SafetyHint = "safety.hint",
    JumpUrgent = "jump.urgent",
    JumpDoctor = "jump.doctor",
    JumpOne = "jump.one",
    JumpMany = "jump.many",
    PrintTitle = "print.title",
    PrintWhere = "print.where",
    PrintFeels = "print.feels",
    PrintHowLong = "print.how_long",
    PrintYes = "print.yes",
    EmergencyTitle = "results.emergency_title",
    EmergencyCall = "results.call",
    NoNumber = "results.no_number",
    ResultsTitle = "results.title",
    SummaryUrgent = "results.summary_urgent",
    SummaryNone = "results.summary_none",
    SummaryOne = "results.summary_one",
    SummaryMany = "results.summary_many",
    SummaryDoctor = "results.summary_doctor",
    ResultsHidden = "results.hidden",
    ResultsEmpty = "results.empty",
    SeeDoctor = "results.see_doctor",
    BeforeBook = "results.before_book",
    MayChange = "results.may_change",
    NothingSafe = "results.nothing_safe",
    NotOfferedHere = "results.not_offered",
    ReadMore = "results.read_more",
    Disclaimer = "results.disclaimer",
    CautionNumbness = "cautions.numbness",
    CautionInjury = "cautions.new_injury",
    CautionSwelling = "cautions.swelling",
    CautionLong = "cautions.long_pain",
    ListAnd = "list.and",
    ListComma = "list.comma",
    WherePlaces = "list.where",
    AllOver = "list.all_over",
    Date = "date.format",
    WidgetLabel = "widget.label",
    WidgetPicker = "widget.picker",
    WidgetHome = "widget.about",
    WidgetArticles = "widget.articles",
    WidgetTypes = "widget.massage_types",
    WidgetBack = "widget.back",
    WidgetLoading = "widget.loading",
    WidgetFailed = "widget.failed",
    WidgetNoScript = "widget.no_script",
    WidgetOpenSite = "widget.open_site",
}

/// The texts the live picker shows (`Words::for_picker`), by their names' beginnings; the
/// rest of its page is prerendered. `tests/prerender.rs` renders the picker with these only.
const PICKER: [&str; 20] = [
    // The picker-only widget shows the page's heading too (`embed::mount_picker`).
    "picker.title",
    "picker.lead",
    "widget.picker",
    "booking.",
    "type.source",
    "picker.unknown",
    "picker.where_title",
    "picker.side_hint",
    "picker.mode",
    "picker.start_over",
    "picker.print",
    "figure.",
    "feel.",
    "health.",
    "safety.",
    "jump.",
    "print.",
    "results.",
    "cautions.",
    "list.",
];

/// One locale's words, in the compact form the pages read.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Words {
    /// The locale's code: its file's name, and its pages' path prefix (`de` → `/de/`).
    pub code: String,
    /// Every text, in one list (one type to decode, the least code in the wasm): see `AT`.
    all: Vec<String>,
}

/// Where each kind of text starts in `Words::all`: the texts in `Key` order, each region's
/// name and phrase (`regions::all()` order), the checklist groups' headings (`Area::ALL`),
/// complaints (`Complaint::ALL`), durations (`Duration::ALL`), each red flag's question and
/// message (`RED_FLAGS`), then the months and each country's note and urgent sentence (as
/// `help.rs` lists them), last, so that the picker's content can go without them.
mod at {
    use crate::picker::complaints::{Complaint, Duration};
    use crate::picker::regions::{self, Area};
    use crate::picker::{help, red_flags::RED_FLAGS};

    pub const REGIONS: usize = super::NAMES.len();
    pub const AREAS: usize = REGIONS + 2 * regions::COUNT;
    pub const COMPLAINTS: usize = AREAS + Area::ALL.len();
    pub const DURATIONS: usize = COMPLAINTS + Complaint::ALL.len();
    pub const FLAGS: usize = DURATIONS + Duration::ALL.len();
    pub const MONTHS: usize = FLAGS + 2 * RED_FLAGS.len();
    pub const COUNTRIES: usize = MONTHS + 12;
    pub const END: usize = COUNTRIES + 2 * help::COUNT;
}

impl Words {
    /// No words at all: every text is empty.
    pub const NONE: Words = Words {
        code: String::new(),
        all: Vec::new(),
    };

    /// The words the live picker shows: those of the rest of its page, which is prerendered,
    /// and of other pages are left empty, and the months and countries out (the picker's
    /// content has the clinic's help resolved at build time). About half the size.
    pub fn for_picker(&self) -> Words {
        let all = self
            .all
            .iter()
            .take(at::MONTHS)
            .enumerate()
            .map(|(i, text)| match NAMES.get(i) {
                Some(name) if !PICKER.iter().any(|p| name.starts_with(p)) => String::new(),
                _ => text.clone(),
            })
            .collect();
        Words {
            code: self.code.clone(),
            all,
        }
    }

    /// The text at `i` of `all` (empty if the list is short, which a checked build's is not).
    fn at(&self, i: usize) -> &str {
        self.all.get(i).map_or("", String::as_str)
    }

    /// The text for `key`.
    pub fn t(&self, key: Key) -> &str {
        self.at(key as usize)
    }

    /// The text for `key` with `{name}` replaced by `value`.
    pub fn fill(&self, key: Key, name: &str, value: &str) -> String {
        fill(self.t(key), name, value)
    }

    /// A region's name, e.g. "Left calf", by its place in `regions::all()`.
    pub fn region(&self, index: usize) -> &str {
        self.at(at::REGIONS + 2 * index)
    }

    /// A region as it reads in a sentence, e.g. "your left calf" or "in der linken Wade".
    pub fn region_phrase(&self, index: usize) -> &str {
        self.at(at::REGIONS + 2 * index + 1)
    }

    /// A checklist group's heading, by its place in `Area::ALL`.
    pub fn area(&self, index: usize) -> &str {
        self.at(at::AREAS + index)
    }

    /// A complaint's label, by its place in `Complaint::ALL`.
    pub fn complaint(&self, index: usize) -> &str {
        self.at(at::COMPLAINTS + index)
    }

    /// A duration's label, by its place in `Duration::ALL`.
    pub fn duration(&self, index: usize) -> &str {
        self.at(at::DURATIONS + index)
    }

    /// A red flag's question, by its place in `RED_FLAGS`.
    pub fn flag_question(&self, index: usize) -> &str {
        self.at(at::FLAGS + 2 * index)
    }

    /// A red flag's message (with `{emergency}` still in it), by its place in `RED_FLAGS`.
    pub fn flag_message(&self, index: usize) -> &str {
        self.at(at::FLAGS + 2 * index + 1)
    }

    /// The note on a country's emergency number ("112 also works"; `None` if there is none)
    /// and its urgent sentence, by its code; `None` for a country the table does not have.
    pub fn country(&self, code: &str) -> Option<(Option<&str>, &str)> {
        let i = crate::picker::help::countries().position(|c| c.eq_ignore_ascii_case(code))?;
        let (note, urgent) = (
            self.at(at::COUNTRIES + 2 * i),
            self.at(at::COUNTRIES + 2 * i + 1),
        );
        (!urgent.is_empty()).then_some(((!note.is_empty()).then_some(note), urgent))
    }

    /// Joins `items` the locale's way: "a", "a and b", "a, b and c".
    pub fn join(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [first, rest @ ..] => {
                // By hand: `[String]::join` brings its own copy routine into the wasm.
                let mut out = first.clone();
                for (i, item) in rest.iter().enumerate() {
                    let last = i + 1 == rest.len();
                    out.push_str(self.t(if last { Key::ListAnd } else { Key::ListComma }));
                    out.push_str(item);
                }
                out
            }
        }
    }

    /// A `YYYY-MM-DD` date as the locale writes it ("1 December 2026", "1. Dezember 2026"),
    /// or the date as given if it is not one.
    pub fn date(&self, date: &str) -> String {
        match crate::content::parse_date(date) {
            Some((y, m, d)) => {
                let month = self.at(at::MONTHS + m as usize - 1);
                let out = fill(self.t(Key::Date), "{day}", &d.to_string());
                fill(&fill(&out, "{month}", month), "{year}", &y.to_string())
            }
            None => date.to_string(),
        }
    }
}

/// The locale code of a language tag: its primary subtag (`en-GB` → `en`).
pub fn code_of(lang: &str) -> &str {
    lang.split('-').next().unwrap_or(lang)
}

// Reading the files is for the build and the tests; the browser's code never calls it, and
// the linker leaves it out of the wasm.
pub use native::*;

mod native {
    use super::*;
    use crate::picker::complaints::{Complaint, Duration};
    use crate::picker::regions::{self, Area};
    use crate::picker::{help, red_flags::RED_FLAGS};
    use serde_json::{Map, Value};
    use std::collections::BTreeSet;
    use std::path::Path;

    /// The locale every other is checked against: its texts' placeholders are the ones each
    /// translation must keep.
    pub const REFERENCE: &str = "en";

    /// The folder of the locale files, beside `src/`.
    pub fn folder() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
    }

    /// The codes of the locale files there are (`en`, `de`, ...), sorted.
    pub fn available() -> Vec<String> {
        let mut codes: Vec<String> = std::fs::read_dir(folder())
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                name.strip_suffix(".json").map(str::to_string)
            })
            .collect();
        codes.sort();
        codes
    }

    /// Reads and checks `locales/{code}.json` (and the reference it must match); each problem
    /// is a line naming the file and the field.
    pub fn load(code: &str) -> Result<Words, Vec<String>> {
        let read = |code: &str| {
            let path = folder().join(format!("{code}.json"));
            std::fs::read_to_string(&path).map_err(|e| {
                vec![format!(
                    "locales/{code}.json: there is no such locale file ({e}); the locales are {}",
                    available().join(", ")
                )]
            })
        };
        let words = Words::read(code, &read(code)?)?;
        if code != REFERENCE {
            let reference = Words::read(REFERENCE, &read(REFERENCE)?)?;
            let problems = words.check_against(&reference);
            if !problems.is_empty() {
                return Err(problems);
            }
        }
        Ok(words)
    }

    impl Words {
        /// Reads a locale file's JSON: every text there must be, and nothing else.
        pub fn read(code: &str, json: &str) -> Result<Words, Vec<String>> {
            let mut r = Reader {
                file: format!("locales/{code}.json"),
                problems: Vec::new(),
            };
            let root: Value = serde_json::from_str(json)
                .map_err(|e| vec![format!("{}:{}:{}: {e}", r.file, e.line(), e.column())])?;
            for key in root.as_object().into_iter().flat_map(|o| o.keys()) {
                if !SECTIONS.contains(&key.as_str()) {
                    r.problem(key, "unknown section");
                }
            }
            // Texts are grouped one level deep: {"header": {"skip": "..."}}.
            let mut texts = Map::new();
            for (group, value) in &r.section(&root, "text") {
                match value {
                    Value::Object(map) => {
                        texts.extend(map.iter().map(|(k, v)| (format!("{group}.{k}"), v.clone())))
                    }
                    _ => r.problem(&format!("text.{group}"), "not an object"),
                }
            }
            r.extra(
                &texts,
                "text",
                NAMES.iter().copied(),
                "not a text the site uses",
            );
            let text: Vec<String> = NAMES.iter().map(|n| r.string(&texts, "text", n)).collect();

            let map = r.section(&root, "regions");
            r.extra(
                &map,
                "regions",
                regions::all().iter().map(|x| x.id.as_str()),
                "unknown",
            );
            let regions: Vec<(String, String)> = regions::all()
                .iter()
                .map(|x| r.pair(&map, "regions", &x.id, ["name", "in"]))
                .collect();
            let areas = r.labels(&root, "areas", &Area::ALL.map(Area::id));
            let complaints = r.labels(&root, "complaints", &Complaint::ALL.map(Complaint::id));
            let durations = r.labels(&root, "durations", &Duration::ALL.map(Duration::id));
            let map = r.section(&root, "red_flags");
            r.extra(&map, "red_flags", RED_FLAGS.iter().map(|f| f.id), "unknown");
            let red_flags: Vec<(String, String)> = RED_FLAGS
                .iter()
                .map(|f| r.pair(&map, "red_flags", f.id, ["question", "message"]))
                .collect();
            for (flag, (_, message)) in RED_FLAGS.iter().zip(&red_flags) {
                if message.bytes().any(|b| b.is_ascii_digit()) {
                    let at = format!("red_flags.{}.message", flag.id);
                    r.problem(&at, "holds a number; write {emergency}");
                }
            }
            let map = r.section(&root, "countries");
            r.extra(&map, "countries", help::countries(), "unknown");
            let countries: Vec<(String, String)> = help::countries()
                .map(|c| {
                    let inner = r.object(&map, "countries", c);
                    let note = inner
                        .get("note")
                        .and_then(Value::as_str)
                        .unwrap_or_default();
                    let urgent = r.string(&inner, &format!("countries.{c}"), "urgent");
                    (note.to_string(), urgent)
                })
                .collect();
            let months: Vec<String> = match root.get("months").and_then(Value::as_array) {
                Some(list) if list.len() == 12 && list.iter().all(Value::is_string) => list
                    .iter()
                    .filter_map(|m| m.as_str().map(str::to_string))
                    .collect(),
                _ => {
                    r.problem("months", "not a list of the 12 months' names");
                    Vec::new()
                }
            };
            if !r.problems.is_empty() {
                return Err(r.problems);
            }
            let mut all: Vec<String> = text;
            let pairs = |list: Vec<(String, String)>| list.into_iter().flat_map(|(a, b)| [a, b]);
            all.extend(pairs(regions));
            all.extend(areas);
            all.extend(complaints);
            all.extend(durations);
            all.extend(pairs(red_flags));
            all.extend(months);
            all.extend(pairs(countries));
            debug_assert_eq!(all.len(), at::END);
            Ok(Words {
                code: code.to_string(),
                all,
            })
        }

        /// What a translation does not keep of `reference`: each text's `{placeholders}`.
        pub fn check_against(&self, reference: &Words) -> Vec<String> {
            let file = format!("locales/{}.json", self.code);
            let mut problems = Vec::new();
            let mut compare = |at: String, ours: &str, theirs: &str| {
                if placeholders(ours) != placeholders(theirs) {
                    problems.push(format!(
                        "{file}: {at}: has {:?} where {REFERENCE}.json has {:?}",
                        placeholders(ours),
                        placeholders(theirs)
                    ));
                }
            };
            for (i, name) in NAMES.iter().enumerate() {
                compare(format!("text.{name}"), self.at(i), reference.at(i));
            }
            for (i, flag) in RED_FLAGS.iter().enumerate() {
                compare(
                    format!("red_flags.{}.message", flag.id),
                    self.flag_message(i),
                    reference.flag_message(i),
                );
            }
            problems
        }
    }

    /// The sections of a locale file.
    const SECTIONS: [&str; 8] = [
        "text",
        "regions",
        "areas",
        "complaints",
        "durations",
        "red_flags",
        "countries",
        "months",
    ];

    /// Reads the parts of one locale file, noting each problem with the file and the field.
    struct Reader {
        file: String,
        problems: Vec<String>,
    }

    impl Reader {
        fn problem(&mut self, at: &str, what: &str) {
            self.problems.push(format!("{}: {at}: {what}", self.file));
        }

        /// The object `name` of `map` (at `at`), or an empty one, noted as missing.
        fn object(&mut self, map: &Map<String, Value>, at: &str, name: &str) -> Map<String, Value> {
            match map.get(name) {
                Some(Value::Object(inner)) => inner.clone(),
                _ => {
                    self.problem(&format!("{at}.{name}"), "missing (an object)");
                    Map::new()
                }
            }
        }

        fn section(&mut self, root: &Value, name: &str) -> Map<String, Value> {
            match root.get(name) {
                Some(Value::Object(map)) => map.clone(),
                _ => {
                    self.problem(name, "missing (an object)");
                    Map::new()
                }
            }
        }

        /// The non-empty string `name` of `map` (a list's separator may be a space).
        fn string(&mut self, map: &Map<String, Value>, at: &str, name: &str) -> String {
            let at = format!("{at}.{name}");
            match map.get(name) {
                Some(Value::String(s))
                    if !s.trim().is_empty() || (!s.is_empty() && at == "text.list.comma") =>
                {
                    s.clone()
                }
                Some(Value::String(_)) => {
                    self.problem(&at, "empty");
                    String::new()
                }
                Some(_) => {
                    self.problem(&at, "not a string");
                    String::new()
                }
                None => {
                    self.problem(&at, "missing");
                    String::new()
                }
            }
        }

        /// The section `name`'s string for each of `ids`, in their order; nothing else in it.
        fn labels(&mut self, root: &Value, name: &str, ids: &[&str]) -> Vec<String> {
            let map = self.section(root, name);
            self.extra(&map, name, ids.iter().copied(), "unknown");
            ids.iter().map(|id| self.string(&map, name, id)).collect()
        }

        /// The two strings `names` of the object `id` of `map`.
        fn pair(
            &mut self,
            map: &Map<String, Value>,
            at: &str,
            id: &str,
            names: [&str; 2],
        ) -> (String, String) {
            let at = format!("{at}.{id}");
            let inner = match map.get(id) {
                Some(Value::Object(inner)) => inner.clone(),
                _ => Map::new(),
            };
            (
                self.string(&inner, &at, names[0]),
                self.string(&inner, &at, names[1]),
            )
        }

        /// Notes each key of `map` that is not one of `ids` (a misspelling or a leftover).
        fn extra<'a>(
            &mut self,
            map: &Map<String, Value>,
            at: &str,
            ids: impl Iterator<Item = &'a str>,
            what: &str,
        ) {
            let known: BTreeSet<&str> = ids.collect();
            for key in map.keys().filter(|k| !known.contains(k.as_str())) {
                self.problem(&format!("{at}.{key}"), what);
            }
        }
    }

    /// The `{name}`s in `text`, sorted.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut out: Vec<&str> = text
            .match_indices('{')
            .filter_map(|(i, _)| {
                let end = text[i..].find('}')?;
                Some(&text[i..i + end + 1])
            })
            .collect();
        out.sort();
        out
    }
}

// The locale files are read from disk: native only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn english_json() -> serde_json::Value {
        let text = std::fs::read_to_string(folder().join("en.json")).unwrap();
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn every_locale_file_is_complete_and_keeps_the_placeholders() {
        let codes = available();
        assert!(codes.contains(&"en".to_string()), "{codes:?}");
        for code in codes {
            let words = load(&code).unwrap_or_else(|p| panic!("{}", p.join("\n")));
            assert_eq!(words.code, code);
            assert_eq!(words.all.len(), at::END);
            assert!(words.all.iter().enumerate().all(|(i, t)| {
                // Only a country's note may be left out.
                !t.is_empty() || (i >= at::COUNTRIES && (i - at::COUNTRIES).is_multiple_of(2))
            }));
            assert_eq!(
                words.country("DE").map(|c| c.1.contains("116117")),
                Some(true)
            );
            assert_eq!(words.country("XX"), None);
        }
    }

    #[test]
    fn a_missing_or_unknown_text_is_named_with_file_and_field() {
        let mut json = english_json();
        let header = json["text"]["header"].as_object_mut().unwrap();
        header.remove("skip");
        header.insert("skipp".into(), "Skip".into());
        json["regions"].as_object_mut().unwrap().remove("calf-left");
        json["red_flags"]["clot"]["message"] = "Call 112 now.".into();
        let problems = Words::read("xx", &json.to_string()).unwrap_err();
        for expected in [
            "locales/xx.json: text.header.skip: missing",
            "locales/xx.json: text.header.skipp: not a text the site uses",
            "locales/xx.json: regions.calf-left.name: missing",
            "locales/xx.json: red_flags.clot.message: holds a number; write {emergency}",
        ] {
            assert!(
                problems.iter().any(|p| p == expected),
                "{expected}\n{problems:#?}"
            );
        }
    }

    #[test]
    fn a_translation_keeps_every_placeholder() {
        let english = load("en").unwrap();
        let mut json = english_json();
        json["text"]["booking"]["call"] = "Rufen Sie an: {ways}.".into();
        let words = Words::read("de", &json.to_string()).unwrap();
        assert_eq!(
            words.check_against(&english),
            vec![
                "locales/de.json: text.booking.call: has [\"{ways}\"] where en.json has [\"{type}\", \"{ways}\"]"
                    .to_string()
            ]
        );
        assert!(
            load("xx").unwrap_err()[0].starts_with("locales/xx.json: there is no such locale file")
        );
    }

    #[test]
    fn lists_and_dates_are_written_the_locales_way() {
        let en = load("en").unwrap();
        let items = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(en.join(&items(&["a"])), "a");
        assert_eq!(en.join(&items(&["a", "b", "c"])), "a, b and c");
        assert_eq!(en.date("2026-12-01"), "1 December 2026");
        assert_eq!(en.date("soon"), "soon");
        assert_eq!(code_of("en-GB"), "en");
    }
}
