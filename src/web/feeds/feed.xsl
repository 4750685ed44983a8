<?xml version="1.0" encoding="utf-8"?>
<!--
  The Atom feeds as a readable page in a browser (served at /static/feed.xsl and named by each
  feed's xml-stylesheet instruction, src/render/atom/feed.ts). Feed readers ignore it. Explains, in
  plain Danish, what a news feed is and how to use it, then lists the entries with their links.
  Entry texts are HTML-escaped by the feed (type="html") and copied out as they are.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:variable name="self" select="/atom:feed/atom:link[@rel='self']/@href"/>
  <xsl:variable name="page" select="/atom:feed/atom:link[@rel='alternate']/@href"/>

  <xsl:template match="/atom:feed">
    <html lang="da">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <link rel="icon" href="data:,"/>
        <title><xsl:value-of select="atom:title"/> – nyhedsfeed – Protokol</title>
        <link rel="stylesheet" href="/dkfds/css/dkfds.min.css"/>
        <link rel="stylesheet" href="/static/protokol.css"/>
      </head>
      <body>
        <a class="skipnav" href="#main-content">Gå til sidens indhold</a>
        <header class="header">
          <div class="portal-header">
            <div class="container portal-header-inner">
              <a href="/" class="logo">Protokol</a>
            </div>
          </div>
        </header>
        <main id="main-content" class="container page-container feed-page" tabindex="-1">
          <h1><xsl:value-of select="atom:title"/></h1>
          <p class="font-lead">
            Det her er et nyhedsfeed. Du kan læse det her, men det er beregnet til et læseprogram – en
            såkaldt feedlæser – som holder øje med det for dig og viser nye referater, så snart de kommer.
          </p>
          <h2>Sådan følger du med</h2>
          <ol>
            <li>Kopiér adressen herunder.</li>
            <li>Åbn din feedlæser, fx Feedly, Inoreader, NetNewsWire eller Thunderbird, og vælg at tilføje et nyt feed.</li>
            <li>Sæt adressen ind. Feedlæseren viser nu nyt fra Protokol.</li>
          </ol>
          <div class="form-group">
            <label class="form-label" for="feed-address">Feedets adresse</label>
            <input class="form-input copy-address" id="feed-address" type="text" readonly="readonly" value="{$self}"/>
          </div>
          <p>
            <a href="{$page}">Gå til siden, som feedet følger</a> ·
            <a href="/foelg-med#nyhedsfeeds">Mere om nyhedsfeeds og andre måder at følge med</a>
          </p>
          <h2>Seneste indhold</h2>
          <xsl:choose>
            <xsl:when test="atom:entry">
              <ul class="feed-entries">
                <xsl:apply-templates select="atom:entry"/>
              </ul>
            </xsl:when>
            <xsl:otherwise>
              <p>Der er endnu ikke noget i feedet.</p>
            </xsl:otherwise>
          </xsl:choose>
        </main>
        <footer class="footer">
          <div class="container">
            <p>Protokol er en åben platform for sundhedsrådenes møder og beslutninger.</p>
          </div>
        </footer>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li class="feed-entry">
      <h3>
        <a href="{atom:link/@href}">
          <xsl:value-of select="atom:title" disable-output-escaping="yes"/>
        </a>
      </h3>
      <p class="muted">
        <xsl:variable name="day" select="substring(atom:updated, 1, 10)"/>
        Opdateret <xsl:value-of select="concat(substring($day, 9, 2), '.', substring($day, 6, 2), '.', substring($day, 1, 4))"/>
      </p>
      <xsl:if test="normalize-space(atom:summary) != ''">
        <p class="feed-summary"><xsl:value-of select="atom:summary" disable-output-escaping="yes"/></p>
      </xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
