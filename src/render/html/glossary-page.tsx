/**
 * The glossary (/ordliste): the words of meetings and minutes explained for citizens, one entry
 * per term with its anchor, which the pages' "?" links point at.
 */
import { GLOSSARY_DA, GLOSSARY_EN, GLOSSARY_TERMS } from '../messages/glossary.js';
import { Breadcrumbs } from './components.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';

export function GlossaryPage() {
  const { t, lang } = usePage();
  const entries = lang === 'en' ? GLOSSARY_EN : GLOSSARY_DA;
  return (
    <Layout title={t.glossaryTitle}>
      <Breadcrumbs items={[{ label: t.glossaryTitle }]} />
      <h1>{t.glossaryTitle}</h1>
      <p class="font-lead">{t.glossaryLead}</p>
      <dl class="glossary">
        {GLOSSARY_TERMS.map((term) => (
          <div class="glossary-entry" id={term}>
            <dt>
              <dfn lang="da">{entries[term].term}</dfn>
            </dt>
            <dd>{entries[term].text}</dd>
          </div>
        ))}
      </dl>
    </Layout>
  );
}
