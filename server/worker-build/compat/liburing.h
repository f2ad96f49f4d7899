/*
 * Skylark: the liburing >= 2.4 functions mediasoup 3.19 uses, on top of
 * Debian bookworm's liburing 2.3. The build puts this directory first on the
 * include path and passes the system library's version as
 * SKYLARK_LIBURING_MAJOR/MINOR.
 */
#ifndef SKYLARK_COMPAT_LIBURING_H
#define SKYLARK_COMPAT_LIBURING_H

#include_next <liburing.h>

#if !defined(IO_URING_VERSION_MAJOR)
inline int io_uring_major_version(void)
{
	return SKYLARK_LIBURING_MAJOR;
}

inline int io_uring_minor_version(void)
{
	return SKYLARK_LIBURING_MINOR;
}

/* sendto(2) semantics: a send SQE carrying a destination address. */
inline void io_uring_prep_sendto(
  struct io_uring_sqe* sqe,
  int sockfd,
  const void* buf,
  size_t len,
  int flags,
  const struct sockaddr* addr,
  socklen_t addrlen)
{
	io_uring_prep_send(sqe, sockfd, buf, len, flags);
	io_uring_prep_send_set_addr(sqe, addr, addrlen);
}
#endif

#endif
