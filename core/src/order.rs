//! Stable sorting through one copy of the standard library's sort. Each `sort_by_key` with
//! a closure of its own compiles a whole merge sort into the wasm (about 3 KB each, fifteen
//! of them in the cell's app); these functions sort positions with one shared comparison
//! instead, then move the items into that order.

use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Sorts `items` by `cmp`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    arrange(items, &order);
}

/// Sorts `items` by a key, keeping equal items in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by a key computed once per item (a name folded to lower case, say).
pub fn sort_by_cached_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = positions(items.len(), &|a, b| keys[a].cmp(&keys[b]));
    arrange(items, &order);
}

/// Collects pairs into a map, inserting them one by one; a later pair replaces an earlier
/// one of the same key, as with `collect()`. `collect()` into a `BTreeMap` sorts its input
/// first, which compiles one more merge sort for every key and value type.
pub fn map_of<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (k, v) in pairs {
        map.insert(k, v);
    }
    map
}

/// The positions `0..n` in the order `cmp` gives them: the one instantiation of the sort.
fn positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Moves the items so that the item at `order[i]` comes `i`-th.
fn arrange<T>(items: &mut Vec<T>, order: &[usize]) {
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.iter().filter_map(|&i| slots.get_mut(i).and_then(Option::take)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorting_is_stable_and_keeps_every_item() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        sort_by(&mut v, |a, b| b.0.cmp(&a.0));
        assert_eq!(v, [(2, 'a'), (2, 'c'), (1, 'b'), (1, 'e'), (0, 'd')]);
        let mut names = vec!["Bình".to_owned(), "an".to_owned(), "An".to_owned()];
        sort_by_cached_key(&mut names, |n| n.to_lowercase());
        assert_eq!(names, ["an", "An", "Bình"]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |x| *x);
        assert!(empty.is_empty());
    }

    #[test]
    fn a_map_keeps_the_last_value_of_a_key() {
        let m = map_of([(2, "a"), (1, "b"), (2, "c")]);
        assert_eq!(m.into_iter().collect::<Vec<_>>(), [(1, "b"), (2, "c")]);
    }
}
