/** The neutral answer to a data request: it never says whether, or where, a one-time code was sent. */
export const DATA_REQUEST_SENT =
  "Jika kode ini terdaftar dengan kontak, kode sekali pakai telah dikirim ke kontak tersebut.";
