import { logoutAction } from "@/lib/auth/actions";

/** Sign-out as a form POST (works without JavaScript). */
export function LogoutButton() {
  return (
    <form action={logoutAction}>
      <button
        type="submit"
        className="rounded border border-white/40 px-3 py-1.5 text-sm font-semibold text-white hover:bg-white/10"
      >
        Keluar
      </button>
    </form>
  );
}
