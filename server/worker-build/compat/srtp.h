/*
 * Skylark: libsrtp 3 API on top of Debian's libsrtp 2.
 *
 * mediasoup 3.27 calls the libsrtp 3 API; Debian bookworm ships libsrtp 2.
 * Two differences need bridging:
 * - protect/unprotect take separate input/output buffers and size_t lengths
 *   (libsrtp 2 works in place with int lengths): the overloads below copy the
 *   input into the output buffer and call the in-place function.
 * - srtp_policy_t is an opaque handle built with srtp_policy_create() and
 *   setters (libsrtp 2 uses a plain struct of the same name): libsrtp 2's
 *   struct is renamed while its header is read, and the libsrtp 3 functions are
 *   defined on top of it. Only the C++ names change; the library's C symbols
 *   (srtp_create etc.) are the same, so linking is unaffected.
 * This header is found before the system one because the build puts this
 * directory first on the include path.
 */
#ifndef SKYLARK_COMPAT_SRTP_H
#define SKYLARK_COMPAT_SRTP_H

#define srtp_policy_t skylark_srtp2_policy_t
#include <srtp2/srtp.h>
#undef srtp_policy_t

#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>

/* Error codes added by libsrtp 3; values match its srtp.h. */
#define srtp_err_status_buffer_small (static_cast<srtp_err_status_t>(28))
#define srtp_err_status_cryptex_err (static_cast<srtp_err_status_t>(29))

namespace skylark_srtp_compat
{
	/* Only the authentication tag is appended when no MKI is used: checking
	 * SRTP_MAX_TRAILER_LEN (which adds 128 bytes of MKI) would reject near-MTU
	 * packets written into mediasoup's 1500-byte io_uring buffers. SRTCP adds a
	 * 4-byte E flag + index word. */
	inline srtp_err_status_t Protect(
	  srtp_err_status_t (*fn)(srtp_t, void*, int*),
	  srtp_t ctx,
	  const uint8_t* in,
	  size_t inLen,
	  uint8_t* out,
	  size_t* outLen,
	  size_t trailer)
	{
		if (inLen > static_cast<size_t>(INT_MAX) || inLen + trailer > *outLen)
			return srtp_err_status_buffer_small;

		if (out != in)
			std::memmove(out, in, inLen);

		int len                     = static_cast<int>(inLen);
		const srtp_err_status_t err = fn(ctx, out, &len);

		if (err == srtp_err_status_ok)
			*outLen = static_cast<size_t>(len);

		return err;
	}

	inline srtp_err_status_t Unprotect(
	  srtp_err_status_t (*fn)(srtp_t, void*, int*),
	  srtp_t ctx,
	  const uint8_t* in,
	  size_t inLen,
	  uint8_t* out,
	  size_t* outLen)
	{
		if (inLen > static_cast<size_t>(INT_MAX) || inLen > *outLen)
			return srtp_err_status_buffer_small;

		if (out != in)
			std::memmove(out, in, inLen);

		int len                     = static_cast<int>(inLen);
		const srtp_err_status_t err = fn(ctx, out, &len);

		if (err == srtp_err_status_ok)
			*outLen = static_cast<size_t>(len);

		return err;
	}
} // namespace skylark_srtp_compat

inline srtp_err_status_t srtp_protect(
  srtp_t ctx, const uint8_t* rtp, size_t rtpLen, uint8_t* srtp, size_t* srtpLen, size_t /*mkiIndex*/)
{
	return skylark_srtp_compat::Protect(
	  static_cast<srtp_err_status_t (*)(srtp_t, void*, int*)>(&srtp_protect),
	  ctx,
	  rtp,
	  rtpLen,
	  srtp,
	  srtpLen,
	  SRTP_MAX_TAG_LEN);
}

inline srtp_err_status_t srtp_unprotect(
  srtp_t ctx, const uint8_t* srtp, size_t srtpLen, uint8_t* rtp, size_t* rtpLen)
{
	return skylark_srtp_compat::Unprotect(
	  static_cast<srtp_err_status_t (*)(srtp_t, void*, int*)>(&srtp_unprotect),
	  ctx,
	  srtp,
	  srtpLen,
	  rtp,
	  rtpLen);
}

inline srtp_err_status_t srtp_protect_rtcp(
  srtp_t ctx, const uint8_t* rtcp, size_t rtcpLen, uint8_t* srtcp, size_t* srtcpLen, size_t /*mkiIndex*/)
{
	return skylark_srtp_compat::Protect(
	  static_cast<srtp_err_status_t (*)(srtp_t, void*, int*)>(&srtp_protect_rtcp),
	  ctx,
	  rtcp,
	  rtcpLen,
	  srtcp,
	  srtcpLen,
	  SRTP_MAX_TAG_LEN + 4);
}

inline srtp_err_status_t srtp_unprotect_rtcp(
  srtp_t ctx, const uint8_t* srtcp, size_t srtcpLen, uint8_t* rtcp, size_t* rtcpLen)
{
	return skylark_srtp_compat::Unprotect(
	  static_cast<srtp_err_status_t (*)(srtp_t, void*, int*)>(&srtp_unprotect_rtcp),
	  ctx,
	  srtcp,
	  srtcpLen,
	  rtcp,
	  rtcpLen);
}

inline srtp_err_status_t srtp_stream_remove(srtp_t session, uint32_t ssrc)
{
	return srtp_remove_stream(session, ssrc);
}

/* The opaque libsrtp 3 policy: libsrtp 2's struct plus storage for the
 * concatenated master key and salt, which libsrtp 2 reads through a pointer. */
struct skylark_srtp3_policy
{
	skylark_srtp2_policy_t policy;
	/* Largest key + salt: AES-256 (32) + 14-byte ICM salt. */
	unsigned char keyAndSalt[64];
};

typedef skylark_srtp3_policy* srtp_policy_t;

inline srtp_err_status_t srtp_policy_create(srtp_policy_t* policy)
{
	if (policy == nullptr)
		return srtp_err_status_bad_param;

	*policy = new (std::nothrow) skylark_srtp3_policy{};

	return *policy ? srtp_err_status_ok : srtp_err_status_alloc_fail;
}

inline void srtp_policy_destroy(srtp_policy_t policy)
{
	if (policy != nullptr)
		std::memset(policy->keyAndSalt, 0, sizeof(policy->keyAndSalt));

	delete policy;
}

inline srtp_err_status_t srtp_policy_set_ssrc(srtp_policy_t policy, srtp_ssrc_t ssrc)
{
	policy->policy.ssrc = ssrc;

	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_policy_set_profile(srtp_policy_t policy, srtp_profile_t profile)
{
	srtp_err_status_t err = srtp_crypto_policy_set_from_profile_for_rtp(&policy->policy.rtp, profile);

	if (err != srtp_err_status_ok)
		return err;

	return srtp_crypto_policy_set_from_profile_for_rtcp(&policy->policy.rtcp, profile);
}

inline srtp_err_status_t srtp_policy_add_key(
  srtp_policy_t policy,
  const uint8_t* key,
  size_t keyLen,
  const uint8_t* salt,
  size_t saltLen,
  const uint8_t* mki,
  size_t mkiLen)
{
	/* mediasoup uses one master key and no MKI; libsrtp 2's multi-key form
	 * is not bridged. */
	if (mki != nullptr || mkiLen != 0 || keyLen + saltLen > sizeof(policy->keyAndSalt))
		return srtp_err_status_bad_param;

	std::memcpy(policy->keyAndSalt, key, keyLen);
	std::memcpy(policy->keyAndSalt + keyLen, salt, saltLen);
	policy->policy.key = policy->keyAndSalt;

	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_policy_set_allow_repeat_tx(srtp_policy_t policy, bool allow)
{
	policy->policy.allow_repeat_tx = allow ? 1 : 0;

	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_policy_set_window_size(srtp_policy_t policy, size_t windowSize)
{
	policy->policy.window_size = static_cast<unsigned long>(windowSize);

	return srtp_err_status_ok;
}

inline srtp_err_status_t srtp_create(srtp_t* session, srtp_policy_t policy)
{
	return srtp_create(session, &policy->policy);
}

#endif
