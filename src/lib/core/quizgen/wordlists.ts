/**
 * Function words, which the quality check does not require to appear in a question's evidence.
 */

const words = (list: string) => new Set(list.split(/\s+/u).filter(Boolean));

export const STOP_WORDS = {
  de: words(`der die das den dem des ein eine einer einen einem eines kein keine keiner keinen
    keinem und oder aber doch sondern denn sowie auch noch nur schon sehr mehr weniger nicht nie
    ich du er sie es wir ihr man sich mich dich uns euch ihm ihn ihnen sein seine seiner seinen
    seinem seines ihre ihrer ihren ihrem ihres unser unsere dies diese dieser diesen diesem dieses
    jener jene jenes welche welcher welches was wer wie wo wann warum weshalb ob dass da weil als
    wenn wobei womit wozu nachdem bevor während obwohl damit so zu zum zur im in ins am an ans auf
    aus bei beim mit nach seit von vom vor über unter um für gegen ohne durch bis zwischen neben
    hinter wegen laut trotz ist sind war waren wird werden wurde wurden worden sei seien hat haben
    hatte hatten habe kann können konnte konnten muss müssen musste soll sollen sollte will wollen
    wollte darf dürfen möchte alle alles allem allen aller viele vielen einige andere anderen
    anderer etwa rund fast bereits jetzt heute gestern morgen dann damals hier dort dabei dazu
    daran darauf davon jedoch zudem außerdem allerdings also etwa ja nein bitte immer wieder
    selbst ebenfalls beide beiden jeder jede jedes jeden jedem ihr ihm dessen deren denen`),
  en: words(`the a an and or but nor so yet of to in on at by for with from into onto upon
    about above after before during since until against among between through over under
    without within this that these those it its he she they we you i me him her them us his
    their our your my mine is are was were be been being has have had do does did will would
    shall should can could may might must not no as if than then there here when where why how
    what which who whom whose all any some each every both either neither other others such
    very more most less least also only just even still already again ever never out up down
    off too`)
} as const;
