// Camera barcode / QR reader for ONT labels (@zxing/browser, loaded only when opened).
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';

export default function BarcodeScanner({
  onResult,
  onClose,
}: {
  onResult(text: string): void;
  onClose(): void;
}) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const found = useEffectEvent((text: string) => onResult(text));

  useEffect(() => {
    let stop = () => {};
    let cancelled = false;
    void (async () => {
      try {
        const { BrowserMultiFormatReader } = await import('@zxing/browser');
        if (cancelled || !video.current) return;
        const controls = await new BrowserMultiFormatReader().decodeFromVideoDevice(
          undefined,
          video.current,
          (result, _error, ctl) => {
            if (!result) return;
            ctl.stop();
            found(result.getText());
          },
        );
        stop = () => controls.stop();
        if (cancelled) stop();
      } catch {
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      stop();
    };
  }, []);

  return (
    <div className="scanner" role="dialog" aria-modal="true" aria-label={t('technician.scan.title')}>
      <p className="scanner__title">{t('technician.scan.title')}</p>
      {failed ? (
        <p className="scanner__error">{t('technician.scan.failed')}</p>
      ) : (
        <video ref={video} className="scanner__video" muted playsInline />
      )}
      <button type="button" className="button button--primary button--block" onClick={onClose}>
        {t('technician.scan.close')}
      </button>
    </div>
  );
}
