/*
 * Skylark: ankerl::unordered_dense (v4) names on top of the standard library.
 *
 * mediasoup 3.27 uses martinus/unordered_dense, a header-only hash map that
 * neither Debian bookworm nor the npm registry ships. mediasoup uses only its
 * map, set and hash templates, with the std::unordered_map interface
 * (including iterator-returning erase), so the std containers stand in. They
 * are slower to iterate than a dense map but behave the same: reading the
 * 3.27 sources, no code relies on unordered_dense's insertion-ordered
 * iteration (where order matters, mediasoup keeps a vector beside the map).
 */
#ifndef SKYLARK_COMPAT_ANKERL_UNORDERED_DENSE_H
#define SKYLARK_COMPAT_ANKERL_UNORDERED_DENSE_H

#include <functional>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace ankerl::unordered_dense
{
	template<class Key, class Enable = void>
	struct hash : std::hash<Key>
	{
	};

	template<
	  class Key,
	  class T,
	  class Hash      = hash<Key>,
	  class KeyEqual  = std::equal_to<Key>,
	  class Allocator = std::allocator<std::pair<const Key, T>>>
	using map = std::unordered_map<Key, T, Hash, KeyEqual, Allocator>;

	template<class Key, class Hash = hash<Key>, class KeyEqual = std::equal_to<Key>, class Allocator = std::allocator<Key>>
	using set = std::unordered_set<Key, Hash, KeyEqual, Allocator>;
} // namespace ankerl::unordered_dense

#endif
