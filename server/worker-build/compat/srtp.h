/*
 * Skylark: libsrtp 3 API on top of Debian's libsrtp 2.
 *
 * mediasoup 3.19 calls the libsrtp 3 API (separate input/output buffers,
 * size_t lengths, srtp_stream_remove). Debian bookworm ships libsrtp 2, whose
 * functions work in place with int lengths. These C++ overloads copy the input
 * into the output buffer and call the in-place function. This header is found
 * before the system one because the build puts this directory first on the
 * include path.
 */
#ifndef SKYLARK_COMPAT_SRTP_H
#define SKYLARK_COMPAT_SRTP_H

#include <srtp2/srtp.h>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstring>

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

#endif
