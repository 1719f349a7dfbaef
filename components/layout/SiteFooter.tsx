export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="inner">
        <p>
          Every figure traces to a line of one of five source documents; each row of the data carries its
          document, line and verbatim quote. Where documents disagree, both figures are shown.
        </p>
      </div>
    </footer>
  );
}
