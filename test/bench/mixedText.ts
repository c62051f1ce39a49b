// Hand-written French and Japanese text for the synthetic library, on the topics of the real
// modules, so that a third of the benchmark's modules are in each language. Sentences are
// mixed and rotated by syntheticLibrary.ts.

/** The text a synthetic module of one language is made from. */
export interface LanguageText {
  paragraphs: string[];
  questions: string[];
  titleWords: string[];
  /** Splits a paragraph into sentences. */
  sentenceEnd: RegExp;
  /** What goes between two sentences. */
  joiner: string;
  /** What goes between two title words. */
  titleJoiner: string;
}

export const FRENCH: LanguageText = {
  paragraphs: [
    'Un retour utile commence par un fait que l’autre personne peut reconnaître. « Vous avez été méprisant en réunion » est un jugement que l’on peut contester. « Quand Sam a soulevé la question du budget, vous êtes passé au point suivant sans répondre » décrit ce qui s’est passé.',
    'Beaucoup de gestionnaires donnent moins de retours qu’ils ne le voudraient. Ils attendent le bon moment, qui n’arrive jamais tout à fait. Ils craignent d’abîmer une bonne relation, ou que l’autre se mette sur la défensive. Les félicitations passent aussi à la trappe, parce que le bon travail semble aller de soi.',
    'Déléguer, ce n’est pas se débarrasser d’une tâche. C’est confier un résultat à quelqu’un, avec la marge de manœuvre nécessaire pour y arriver à sa façon. La personne qui délègue reste disponible, sans reprendre le dossier au premier obstacle.',
    'Une équipe performante n’est pas une équipe sans désaccord. Les membres osent dire ce qu’ils pensent, parce qu’ils savent que l’on ne retiendra pas leurs erreurs contre eux. La confiance se construit lentement, dans de petits gestes répétés, et peut se perdre en une seule réunion.',
    'Mener un changement que personne n’a demandé exige de la patience. Il faut expliquer pourquoi, écouter les inquiétudes et accepter que certaines soient fondées. Les gens résistent rarement au changement lui-même ; ils résistent à la perte de ce qui leur tenait à cœur.',
    'Une stratégie tient souvent en quelques choix clairs : ce que l’on fera, et surtout ce que l’on ne fera pas. Sans ces renoncements, chaque nouvelle idée s’ajoute aux autres et l’équipe s’épuise. Écrire la stratégie sur une seule page oblige à choisir.',
    'Le budget arrive souvent comme une contrainte venue d’en haut. Pourtant, la façon dont une équipe répartit ses ressources dit beaucoup de ses priorités réelles. Discuter des chiffres ensemble, c’est aussi discuter de ce qui compte vraiment.',
    'Travailler avec des collègues d’autres cultures demande de remettre en question ses propres évidences. Un silence, un retard ou une réponse directe n’ont pas le même sens partout. Mieux vaut poser une question que supposer une intention.',
    'L’énergie d’une équipe se gère comme une ressource rare. Les réunions trop longues, les messages à toute heure et les priorités qui changent chaque semaine l’usent plus sûrement qu’une charge de travail élevée. Protéger des moments de concentration est une décision de gestion.',
  ],
  questions: [
    'Quel retour, positif ou critique, vous a marqué, et pourquoi ?',
    'Qu’est-ce qui vous empêche le plus souvent de donner un retour sur-le-champ ?',
    'Quelle tâche pourriez-vous confier dès la semaine prochaine, et à qui ?',
    'À quel moment avez-vous senti la confiance grandir dans votre équipe ?',
    'Quel changement avez-vous dû mener sans l’avoir choisi ?',
    'Que devriez-vous cesser de faire pour que votre stratégie tienne ?',
    'Comment votre équipe parle-t-elle du budget aujourd’hui ?',
    'Quelle différence culturelle vous a surpris dans votre travail ?',
    'Qu’est-ce qui use le plus l’énergie de votre équipe en ce moment ?',
    'Quelle décision difficile avez-vous repoussée, et qu’attendez-vous ?',
  ],
  titleWords: ['Équipe', 'confiance', 'retour', 'décision', 'stratégie', 'délégation', 'changement', 'énergie', 'budget', 'cultures', 'réunion', 'écoute', 'priorités', 'réseau', 'projet', 'réussite', 'leçons', 'élan'],
  sentenceEnd: /(?<=[.!?…])\s+/u,
  joiner: ' ',
  titleJoiner: ' ',
};

export const JAPANESE: LanguageText = {
  paragraphs: [
    '役に立つフィードバックは、相手が思い当たる具体的な事実から始まります。「会議で失礼だった」というのは評価であり、反論の余地があります。「佐藤さんが予算の話をしたとき、返事をせずに次の議題へ進みました」と言えば、起きたことの説明になります。',
    '多くのマネージャーは、思っているほどフィードバックを伝えていません。ちょうどいいタイミングを待っているうちに、その機会は来ないまま過ぎていきます。良い関係を壊したくない、相手を身構えさせたくないという気持ちもあります。よくできた仕事は当たり前とされ、褒める言葉も省かれがちです。',
    '任せるとは、仕事を押しつけることではありません。結果を託し、その人なりのやり方で達成できるだけの裁量を渡すことです。任せた人は相談に乗れるようにしておき、最初のつまずきで仕事を取り上げないようにします。',
    '成果を出すチームは、意見の食い違いがないチームではありません。失敗を責められないと分かっているから、メンバーは思ったことを口にできます。信頼は小さな積み重ねでゆっくり育ち、たった一度の会議で失われることもあります。',
    '誰も望まない変化を導くには、忍耐が必要です。なぜ変えるのかを説明し、不安に耳を傾け、その中にはもっともな不安もあると認めることです。人が抵抗するのは変化そのものより、大切にしてきたものを失うことに対してです。',
    '戦略は、いくつかの明確な選択にまとめられることが多いものです。何をするか、そして何よりも何をしないかを決めます。やめることを決めなければ、新しいアイデアが次々と積み重なり、チームは疲れ切ってしまいます。戦略を一枚の紙に書くと、選ばざるを得なくなります。',
    '予算は上から降りてくる制約として受け止められがちです。けれども、チームが限られた資源をどう配分するかには、本当の優先順位が表れます。数字を一緒に検討することは、何が本当に大切かを話し合うことでもあります。',
    '異なる文化の同僚と働くには、自分にとっての当たり前を問い直す必要があります。沈黙や遅れ、率直な返事の意味は、どこでも同じとは限りません。相手の意図を決めつけるより、まず尋ねてみるほうが確かです。',
    'チームのエネルギーは、限られた資源として扱う必要があります。長すぎる会議、時間を問わないメッセージ、毎週変わる優先順位は、仕事量の多さよりも確実に人を消耗させます。集中できる時間を守ることも、マネジメントの判断です。',
  ],
  questions: [
    '心に残っているフィードバックは何ですか。なぜ残っているのでしょうか。',
    'その場でフィードバックを伝えられないのは、どんなときですか。',
    '来週からだれに、どの仕事を任せられそうですか。',
    'チームの中で信頼が育ったと感じたのは、どんな場面でしたか。',
    '自分で選んだわけではない変化を導いた経験はありますか。',
    '戦略を守るために、やめるべきことは何でしょうか。',
    'いまのチームでは、予算についてどのように話し合っていますか。',
    '仕事の中で、文化の違いに驚いたことはありますか。',
    'いま、チームのエネルギーを最も奪っているものは何ですか。',
    '先送りにしている難しい判断はありますか。何を待っているのでしょうか。',
  ],
  titleWords: ['チーム', '信頼', 'フィードバック', '判断', '戦略', '任せ方', '変化', 'エネルギー', '予算', '異文化', '会議', '傾聴', '優先順位', 'ネットワーク', 'プロジェクト', '成長', '学び', '対話'],
  sentenceEnd: /(?<=[。！？])/u,
  joiner: '',
  titleJoiner: 'と',
};
