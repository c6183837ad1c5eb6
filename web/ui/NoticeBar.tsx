import { selectNotice } from "../state/selectors";
import { useAppStore } from "./storeContext";

export function NoticeBar() {
  const notice = useAppStore(selectNotice);
  const setNotice = useAppStore((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="alert">
      <span>{notice}</span>
      <button type="button" onClick={() => setNotice(null)}>
        Dismiss
      </button>
    </div>
  );
}
