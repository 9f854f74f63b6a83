//! What the pages and components share, below them both: where the pages are shown (`Host`),
//! links inside the site (`href`), the visitor's language (`words`), the content store
//! (`Store`) and the page being shown (`Current`). The shells (`app`, `embed`, `prerender`)
//! provide them.

use crate::content::load::Remote;
use crate::content::{ArticleIndex, Catalogue, Site};
use crate::locale::Words;
use crate::picker::rules::PickerRules;
use crate::route::Route;
use leptos::prelude::*;

/// Where the pages are shown: the site itself, or a widget inside another site's page.
#[derive(Clone, Debug)]
pub struct Host {
    /// Prefix of site-internal links: "" or "/clinic" on the site, the site's absolute URL
    /// (without trailing slash) in a widget.
    pub links: String,
    /// URL of the content folder, ending in `/`.
    pub content: String,
    /// In a widget: no document title, no printing, no window-wide anything.
    pub widget: bool,
}

/// The current host; a site at the root of its domain when none was provided.
pub fn host() -> Host {
    use_context::<Host>().unwrap_or_else(|| Host {
        links: String::new(),
        content: "/content/".into(),
        widget: false,
    })
}

/// Content that several pages and the shell read, each file fetched once per visit: the
/// clinic's at once (its colours, its name), the others the first time a page asks for them
/// (a widget on the articles has no use for the massage types).
#[derive(Clone, Copy)]
pub struct Store {
    /// `site.json`.
    pub site: Remote<Site>,
    catalogue: Later<Catalogue>,
    articles: Later<ArticleIndex>,
    rules: Later<PickerRules>,
    /// Where the store was made, so that what it loads later lives as long as it does. Weak:
    /// the value is one of that owner's own nodes, and a strong owner there would keep it, and
    /// everything loaded, alive for ever (14 KB of wasm memory a widget mounted and removed).
    owner: StoredValue<WeakOwner>,
}

/// A file of the store, once a page has asked for it.
type Later<T> = StoredValue<Option<Remote<T>>>;

impl Store {
    /// Starts loading the clinic's file (relative to the current `Host`'s content folder).
    pub fn load() -> Store {
        Store {
            site: Remote::new(&host().content, "site.json"),
            catalogue: StoredValue::new(None),
            articles: StoredValue::new(None),
            rules: StoredValue::new(None),
            owner: StoredValue::new(Owner::current().unwrap_or_default().downgrade()),
        }
    }

    /// `massage-types.json`.
    pub fn catalogue(self) -> Remote<Catalogue> {
        self.later(self.catalogue, "massage-types.json")
    }

    /// `articles/index.json`.
    pub fn articles(self) -> Remote<ArticleIndex> {
        self.later(self.articles, "articles/index.json")
    }

    /// `picker.json`.
    pub fn rules(self) -> Remote<PickerRules> {
        self.later(self.rules, "picker.json")
    }

    /// `file` from `slot`: loaded when first asked for, then kept for every later visit.
    fn later<T>(self, slot: Later<T>, file: &str) -> Remote<T>
    where
        T: serde::de::DeserializeOwned + Send + Sync + 'static,
    {
        if let Some(remote) = slot.get_value() {
            return remote;
        }
        let make = || Remote::new(&host().content, file);
        let remote = match self.owner.with_value(WeakOwner::upgrade) {
            Some(owner) => owner.with(make),
            None => make(),
        };
        slot.set_value(Some(remote));
        remote
    }
}

/// The shared content; panics outside `Shell`, the picker page and the widget, which provide it.
pub fn store() -> Store {
    expect_context()
}

/// A site-internal link target: `path` (starting with `/`) under the host's link prefix.
pub fn href(path: &str) -> String {
    format!("{}{path}", host().links)
}

/// The page being shown, for the header's "you are here".
#[derive(Clone, Debug)]
pub struct Current(pub Route);

/// A language of the site, as the header's switcher offers it on one page.
#[derive(Clone, Debug, PartialEq)]
pub struct Language {
    /// Its locale code (`de`).
    pub code: String,
    /// Its language tag (`de`, `en-GB`), for `lang` and `hreflang`.
    pub tag: String,
    /// Its name in itself ("Deutsch").
    pub name: String,
    /// The page being shown in it, or its nearest (an article not translated: the articles).
    pub href: String,
    /// True for the language being shown.
    pub current: bool,
}

/// The site's languages on the page being shown, provided by the prerenderer; none in the
/// widget, which has a `lang` attribute instead.
#[derive(Clone, Debug, Default)]
pub struct Languages(pub Vec<Language>);

/// The site's languages for this page (empty if not provided).
pub fn languages() -> Languages {
    use_context::<Languages>().unwrap_or_default()
}

/// The words of the language the pages are shown in, as the shells provide them (`Ui::new`).
#[derive(Clone, Copy)]
pub struct Ui(&'static Words);

impl Ui {
    /// Keeps `words` for the rest of the visit: a page's views hold them in their closures,
    /// and a `&'static` is `Copy` into every one. Made once per language and page load.
    pub fn new(words: Words) -> Ui {
        Ui(Box::leak(Box::new(words)))
    }

    /// The words.
    pub fn words(self) -> &'static Words {
        self.0
    }
}

/// The current language's words; outside the shells, which provide them, none (every text
/// empty). Not `expect_context`: its panic message brings about 6 KB of formatting into the
/// picker's wasm.
pub fn words() -> &'static Words {
    static NONE: Words = Words::NONE;
    use_context::<Ui>().map_or(&NONE, |ui| ui.0)
}
