//! A small ordered set on a sorted `Vec`. The picker's sets hold a handful of ids; the
//! standard `BTreeSet` added about 16 KB of wasm (node splitting, merging, cloning) for them.

use std::borrow::Borrow;

/// A set that iterates in ascending order, like `BTreeSet`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Set<T>(Vec<T>);

impl<T> Default for Set<T> {
    fn default() -> Self {
        Set(Vec::new())
    }
}

impl<T: Ord> Set<T> {
    /// An empty set.
    pub fn new() -> Self {
        Set::default()
    }

    /// Whether `item` is in the set.
    pub fn contains<Q: Ord + ?Sized>(&self, item: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.find(item).is_ok()
    }

    /// Adds `item`; false if it was there already.
    pub fn insert(&mut self, item: T) -> bool {
        match self.find(&item) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, item);
                true
            }
        }
    }

    /// Removes `item`; false if it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, item: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        match self.find(item) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// The items, smallest first.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn find<Q: Ord + ?Sized>(&self, item: &Q) -> Result<usize, usize>
    where
        T: Borrow<Q>,
    {
        self.0.binary_search_by(|x| x.borrow().cmp(item))
    }
}

impl<T: Ord> Extend<T> for Set<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for item in items {
            self.insert(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Set;

    #[test]
    fn keeps_items_sorted_and_unique() {
        let mut set = Set::new();
        set.extend(["neck", "calf-left", "neck"].map(String::from));
        assert_eq!(set.iter().collect::<Vec<_>>(), ["calf-left", "neck"]);
        assert!(set.contains("neck"));
        assert!(!set.insert("neck".into()));
        assert!(set.insert("back".into()));
        assert_eq!(set.iter().next().map(String::as_str), Some("back"));
        assert!(set.remove("calf-left"));
        assert!(!set.remove("calf-left"));
        assert_eq!(set.iter().collect::<Vec<_>>(), ["back", "neck"]);
        assert!(Set::<u8>::new().is_empty());
    }
}
